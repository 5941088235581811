package org.plenary.drafts.proposals;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A proposal as it stands: tabled for State {@code tabledFor}, its status (circulated, tabled, withdrawn), and
 * its current sponsors, the original ones first; {@code tabledAt} and {@code withdrawnAt} are null until then.
 */
record Proposal(UUID id, UUID threadId, String title, String text, String status, Instant circulatedAt,
                Instant tabledAt, Instant withdrawnAt, String tabledFor, String tabledForName, List<Sponsor> sponsors) {

  /** A State sponsoring the proposal, original when it joined before the proposal was tabled. */
  record Sponsor(String stateId, String stateName, boolean original, Instant joinedAt) {
  }
}
