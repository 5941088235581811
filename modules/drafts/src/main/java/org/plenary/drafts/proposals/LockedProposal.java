package org.plenary.drafts.proposals;

import java.util.UUID;

/** A proposal locked to be changed: its thread, the State it is tabled for, and its status. */
record LockedProposal(UUID threadId, String tabledFor, String status) {
}
