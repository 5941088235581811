package org.plenary.drafts.contributions;

import java.time.Instant;
import java.util.UUID;

/** A comment on a paragraph, made on its text of {@code revision} in version {@code versionNumber}. */
record Comment(long id, UUID paragraphId, int versionNumber, int revision, String body, Instant createdAt,
               Contributor contributor) {
}
