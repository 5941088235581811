package org.plenary.contacts.domain;

import java.util.List;

/** A delegate's change to their State's entry, made from {@code baseVersion} (0 for the first one). */
public record SaveEntry(String stateId, int baseVersion, List<Contact> contacts, boolean membersMayRead) {

  public SaveEntry {
    contacts = List.copyOf(contacts);
  }
}
