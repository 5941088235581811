package org.plenary.forum.posts;

import java.util.Optional;

/** New words for a post; without a {@code language} it keeps its own. */
public record EditPost(long postId, String body, Optional<String> language) {
}
