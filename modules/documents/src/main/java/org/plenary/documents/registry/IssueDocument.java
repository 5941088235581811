package org.plenary.documents.registry;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.plenary.platform.text.DocumentSymbol;

/** The Secretariat issues a document under {@code symbol}, optionally of a session and its agenda items. */
public record IssueDocument(DocumentSymbol symbol, String title, LocalDate issuedOn, Distribution distribution,
                            Optional<UUID> sessionId, List<UUID> agendaItemIds, Optional<Document.IssuedDraft> draft) {

  public IssueDocument {
    agendaItemIds = List.copyOf(agendaItemIds);
  }
}
