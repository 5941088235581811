package org.plenary.forum.threads;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** A new thread in a topic; {@code body} is its introduction in Markdown (empty for none). */
public record OpenThread(String topicId, ThreadKind kind, Audience audience, String title, String body,
                         String language, Optional<Instant> opensAt, Optional<Instant> closesAt,
                         List<String> guidingQuestions, boolean chathamHouse, List<String> tags) {

  public OpenThread {
    guidingQuestions = List.copyOf(guidingQuestions);
    tags = List.copyOf(tags);
  }
}
