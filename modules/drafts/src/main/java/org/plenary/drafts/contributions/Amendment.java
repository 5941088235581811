package org.plenary.drafts.contributions;

import java.time.Instant;
import java.util.UUID;

/**
 * An amendment to a paragraph, proposed on its text of {@code revision} in version {@code versionNumber}; what
 * became of it ({@code status}: proposed, withdrawn, incorporated, not-retained). The nullable fields are null
 * when there is none: {@code explanation}, {@code withdrawnAt}, and, until it is decided, {@code decidedInVersion},
 * {@code decidedAt} and {@code incorporation}.
 */
record Amendment(long id, UUID paragraphId, int versionNumber, int revision, String proposedText, String explanation,
                 String status, Instant createdAt, Instant withdrawnAt, Integer decidedInVersion, Instant decidedAt,
                 String incorporation, Contributor contributor) {
}
