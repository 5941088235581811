package org.plenary.drafts.stances;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;
import org.plenary.drafts.Attribution;

/**
 * How close each paragraph is to consensus: who supports, objects and reserves, and how many of the five
 * regional groups support it. A paragraph is {@code contested} while any State objects, {@code agreed}
 * when none objects and States of at least N regional groups support it, otherwise {@code open}. The status
 * counts every stance; a reader who may not see who recorded them (the Chatham House Rule, see
 * {@link Attribution}) gets counts, and by name only the entries of their own organization.
 */
public final class ConsensusTracker {

  public record Stance(UUID paragraphId, String stateId, String stateName, String regionalGroup, String stance,
                       String explanation, String recordedVia, Instant recordedAt) {

    boolean seenBy(Attribution attribution) {
      return attribution.sees(stateId, recordedVia);
    }
  }

  /**
   * A State's current dissociation from paragraphs of the draft: {@code paragraphIds} it still holds, and those
   * {@code ended} when a later version revised the paragraph (the State may dissociate again from the new text).
   */
  public record Dissociation(String stateId, String stateName, List<UUID> paragraphIds, List<Ended> ended,
                             String explanation, Instant recordedAt, int versionNumber) {

    boolean seenBy(Attribution attribution) {
      return attribution.sees(stateId);
    }
  }

  /** The dissociation from a paragraph's earlier text, ended by version {@code endedInVersion}. */
  public record Ended(UUID paragraphId, int endedInVersion) {
  }

  private final int requiredGroups;

  public ConsensusTracker(int requiredGroups) {
    this.requiredGroups = requiredGroups;
  }

  public int requiredGroups() {
    return requiredGroups;
  }

  /** The tracker of one paragraph, from its current stances (ordered by State name), as {@code attribution} shows it. */
  public ParagraphConsensus consensus(UUID paragraphId, int number, List<Stance> stances,
                                      List<Dissociation> dissociatedBy, Attribution attribution) {
    List<Stance> support = new ArrayList<>();
    List<Stance> objections = new ArrayList<>();
    List<Stance> reservations = new ArrayList<>();
    Map<String, Integer> counts = new HashMap<>();
    TreeSet<String> groups = new TreeSet<>();
    for (Stance stance : stances) {
      counts.merge(stance.stance(), 1, Integer::sum);
      if ("support".equals(stance.stance())) {
        groups.add(stance.regionalGroup());
      }
      if (stance.seenBy(attribution)) {
        switch (stance.stance()) {
          case "support" -> support.add(stance);
          case "object" -> objections.add(stance);
          default -> reservations.add(stance);
        }
      }
    }
    String status = counts.containsKey("object") ? "contested" : groups.size() >= requiredGroups ? "agreed" : "open";
    // Which groups support narrows down who does when few States have spoken: counts only under the rule.
    return new ParagraphConsensus(paragraphId, number, status, List.copyOf(support), List.copyOf(objections),
        List.copyOf(reservations), counts.getOrDefault("support", 0), counts.getOrDefault("object", 0),
        counts.getOrDefault("reserve", 0), groups.size(), requiredGroups,
        dissociatedBy.stream().filter(d -> d.seenBy(attribution)).toList(), dissociatedBy.size(),
        attribution.namesEveryone() ? Optional.of(List.copyOf(groups)) : Optional.empty());
  }

  /** How many paragraphs are agreed, contested and open. */
  public ConsensusSummary summary(List<ParagraphConsensus> paragraphs) {
    Map<String, Long> counts = new HashMap<>();
    paragraphs.forEach(p -> counts.merge(p.status(), 1L, Long::sum));
    return new ConsensusSummary(paragraphs.size(), counts.getOrDefault("agreed", 0L),
        counts.getOrDefault("contested", 0L), counts.getOrDefault("open", 0L), requiredGroups);
  }
}
