package org.plenary.drafts.contributions;

import java.util.UUID;

/** An amendment locked to be withdrawn or judged; {@code decidedInVersion} is null until it is decided. */
record LockedAmendment(long id, UUID paragraphId, UUID authorId, String organizationId, String status,
                       Integer decidedInVersion) {
}
