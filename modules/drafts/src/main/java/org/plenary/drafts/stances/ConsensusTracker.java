package org.plenary.drafts.stances;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

    JsonObject toJson() {
      JsonObject json = new JsonObject()
          .put("state", new JsonObject().put("id", stateId).put("name", stateName).put("regionalGroup", regionalGroup))
          .put("recordedAt", recordedAt.toString());
      if (explanation != null) {
        json.put("explanation", explanation);
      }
      if (recordedVia != null) {
        json.put("recordedVia", recordedVia);
      }
      return json;
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

    JsonObject state() {
      return new JsonObject().put("id", stateId).put("name", stateName);
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
  public JsonObject paragraph(UUID paragraphId, int number, List<Stance> stances, List<Dissociation> dissociatedBy,
                              Attribution attribution) {
    JsonArray support = new JsonArray();
    JsonArray objections = new JsonArray();
    JsonArray reservations = new JsonArray();
    Map<String, Integer> counts = new HashMap<>();
    TreeSet<String> groups = new TreeSet<>();
    for (Stance stance : stances) {
      counts.merge(stance.stance(), 1, Integer::sum);
      if ("support".equals(stance.stance())) {
        groups.add(stance.regionalGroup());
      }
      if (stance.seenBy(attribution)) {
        switch (stance.stance()) {
          case "support" -> support.add(stance.toJson());
          case "object" -> objections.add(stance.toJson());
          default -> reservations.add(stance.toJson());
        }
      }
    }
    JsonArray dissociating = new JsonArray();
    dissociatedBy.stream().filter(d -> d.seenBy(attribution)).forEach(d -> dissociating.add(d.state()));
    String status = counts.containsKey("object") ? "contested" : groups.size() >= requiredGroups ? "agreed" : "open";
    JsonObject json = new JsonObject()
        .put("paragraphId", paragraphId.toString())
        .put("number", number)
        .put("status", status)
        .put("support", support)
        .put("objections", objections)
        .put("reservations", reservations)
        .put("supportCount", counts.getOrDefault("support", 0))
        .put("objectionCount", counts.getOrDefault("object", 0))
        .put("reservationCount", counts.getOrDefault("reserve", 0))
        .put("supportingGroupCount", groups.size())
        .put("requiredGroups", requiredGroups)
        .put("dissociatedBy", dissociating)
        .put("dissociationCount", dissociatedBy.size());
    if (attribution.namesEveryone()) {
      // Which groups support narrows down who does when few States have spoken: counts only under the rule.
      json.put("supportingGroups", new JsonArray(List.copyOf(groups)));
    }
    return json;
  }

  /** How many paragraphs are agreed, contested and open. */
  public JsonObject summary(List<JsonObject> paragraphs) {
    Map<String, Long> counts = new HashMap<>();
    paragraphs.forEach(p -> counts.merge(p.getString("status"), 1L, Long::sum));
    return new JsonObject()
        .put("paragraphs", paragraphs.size())
        .put("agreed", counts.getOrDefault("agreed", 0L))
        .put("contested", counts.getOrDefault("contested", 0L))
        .put("open", counts.getOrDefault("open", 0L))
        .put("requiredGroups", requiredGroups);
  }
}
