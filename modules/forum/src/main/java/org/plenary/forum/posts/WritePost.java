package org.plenary.forum.posts;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A new post in a thread. {@code parentId} is the post a reply or right of reply answers; {@code onBehalfOf} and
 * {@code alignsWith} belong to official positions (the States a joint statement names, each once in the order
 * given); {@code guidingQuestion} counts the thread's guiding questions from 0.
 */
public record WritePost(UUID threadId, PostKind kind, String body, String language, Optional<Long> parentId,
                        Optional<Long> alignsWith, List<String> onBehalfOf, Optional<Integer> guidingQuestion) {

  public WritePost {
    onBehalfOf = List.copyOf(new LinkedHashSet<>(onBehalfOf));
  }
}
