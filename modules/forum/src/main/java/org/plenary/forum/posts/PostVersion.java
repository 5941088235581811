package org.plenary.forum.posts;

import java.time.Instant;

/** One version of a post's text, as GET /posts/{id}/versions lists it. */
public record PostVersion(int version, String language, String bodyHtml, Instant writtenAt) {
}
