package org.plenary.contacts.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A State's entry in the directory at one version: its points of contact, and whether the State lets its own
 * members (not only its delegates) read it. A State that never nominated anyone has version 0 and no contacts.
 */
public record ContactEntry(String stateId, String stateName, Optional<String> regionalGroup, int version,
                           List<Contact> contacts, boolean membersMayRead, Optional<String> savedByName,
                           Optional<Instant> savedAt) {

  public ContactEntry {
    contacts = List.copyOf(contacts);
  }

  public static ContactEntry none(String stateId, String stateName, Optional<String> regionalGroup) {
    return new ContactEntry(stateId, stateName, regionalGroup, 0, List.of(), false, Optional.empty(),
        Optional.empty());
  }
}
