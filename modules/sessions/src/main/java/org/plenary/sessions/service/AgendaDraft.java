package org.plenary.sessions.service;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A whole agenda as the Secretariat sets it, items in order, each with its sub-items. An item that keeps the id of
 * an item of the current agenda stays that item (what refers to it follows it); the numbers are given by the order.
 */
public record AgendaDraft(List<Item> items, Optional<String> reason) {

  /** An item or sub-item (sub-items have no sub-items of their own). */
  public record Item(Optional<UUID> id, String title, List<String> topics, List<UUID> threads, List<UUID> drafts,
                     List<Item> subItems) {
  }
}
