package org.plenary.forum.threads;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A change to a thread: each field given is changed, each left empty stays as it is. {@code reason} says why, for
 * the audit log and, for a lock or a close, for every reader.
 */
public record EditThread(UUID threadId, Optional<String> title, Optional<String> body, Optional<ThreadStatus> status,
                         Optional<Audience> audience, Optional<DateChange> opensAt, Optional<DateChange> closesAt,
                         Optional<List<String>> guidingQuestions, Optional<Boolean> chathamHouse,
                         Optional<List<String>> tags, Optional<String> reason) {

  /** A date the change sets, or clears ({@code to} empty: the thread no longer has one). */
  public record DateChange(Optional<Instant> to) {
  }

  /** Whether the change touches what the thread says or when: what its author may no longer change once frozen. */
  public boolean changesContent() {
    return title.isPresent() || body.isPresent() || opensAt.isPresent() || closesAt.isPresent()
        || guidingQuestions.isPresent() || tags.isPresent();
  }

  /** The fields given that only moderators and the Secretariat change, as the request names them, in this order. */
  public List<String> moderatedFields() {
    List<String> given = new ArrayList<>();
    if (status.isPresent()) {
      given.add("status");
    }
    if (audience.isPresent()) {
      given.add("audience");
    }
    if (chathamHouse.isPresent()) {
      given.add("chathamHouse");
    }
    return given;
  }
}
