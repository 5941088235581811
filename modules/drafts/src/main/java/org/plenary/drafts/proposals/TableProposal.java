package org.plenary.drafts.proposals;

import java.util.UUID;

/** A proposal a State's delegate tables in a thread, or with {@code circulate} puts forward for sponsorship first. */
public record TableProposal(UUID threadId, String title, String text, boolean circulate) {
}
