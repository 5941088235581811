package org.plenary.drafts.contributions;

import java.util.UUID;

/** Who made a comment or an amendment, and for which organization (of which constituency). */
record Contributor(UUID authorId, String authorName, String organizationId, String organizationName,
                   String organizationKind) {
}
