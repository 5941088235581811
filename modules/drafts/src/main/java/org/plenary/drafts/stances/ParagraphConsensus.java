package org.plenary.drafts.stances;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * How close one paragraph is to consensus ({@code status}: agreed, contested, open), as one reader sees it: the
 * counts always, the stances and dissociations by name only those the reader may attribute, and
 * {@code supportingGroups} only when they see every name.
 */
public record ParagraphConsensus(UUID paragraphId, int number, String status, List<ConsensusTracker.Stance> support,
                                 List<ConsensusTracker.Stance> objections, List<ConsensusTracker.Stance> reservations,
                                 int supportCount, int objectionCount, int reservationCount, int supportingGroupCount,
                                 int requiredGroups, List<ConsensusTracker.Dissociation> dissociatedBy,
                                 int dissociationCount, Optional<List<String>> supportingGroups) {
}
