package org.plenary.contacts.domain;

import java.util.List;

/** One point of contact as a State nominated it. */
public record Contact(ContactKind kind, String name, String function, String email, String phone,
                      String workingHours, List<String> languages) {

  public Contact {
    languages = List.copyOf(languages);
  }
}
