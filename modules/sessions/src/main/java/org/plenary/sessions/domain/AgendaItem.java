package org.plenary.sessions.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * An item of an agenda, or a sub-item ({@code parentId}), with what it takes up: forum topics, threads and drafts
 * (drafts are threads of kind draft). {@code number} is "5" for an item and "5(a)" for a sub-item.
 */
public record AgendaItem(UUID id, Optional<UUID> parentId, int position, String number, String title,
                         List<String> topics, List<UUID> threads, List<UUID> drafts) {

  public boolean isSubItem() {
    return parentId.isPresent();
  }
}
