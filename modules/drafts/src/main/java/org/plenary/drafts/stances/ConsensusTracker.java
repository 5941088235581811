package org.plenary.drafts.stances;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Row;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;

/**
 * How close each paragraph is to consensus: who supports, objects and reserves, and how many of the five
 * regional groups support it. A paragraph is {@code contested} while any State objects, {@code agreed}
 * when none objects and States of at least N regional groups support it, otherwise {@code open}.
 */
public final class ConsensusTracker {

  public record Stance(UUID paragraphId, String stateId, String stateName, String regionalGroup, String stance,
                       String explanation, String recordedVia, Instant recordedAt) {

    static Stance fromRow(Row row) {
      return new Stance(row.getUUID("paragraph_id"), row.getString("state_id"), row.getString("state_name"),
          row.getString("regional_group"), row.getString("stance"), row.getString("explanation"),
          row.getString("recorded_via"), row.getOffsetDateTime("recorded_at").toInstant());
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

  private final int requiredGroups;

  public ConsensusTracker(int requiredGroups) {
    this.requiredGroups = requiredGroups;
  }

  public int requiredGroups() {
    return requiredGroups;
  }

  /** The tracker of one paragraph, from its current stances (ordered by State name). */
  public JsonObject paragraph(UUID paragraphId, int number, List<Stance> stances, List<JsonObject> dissociatedBy) {
    JsonArray support = new JsonArray();
    JsonArray objections = new JsonArray();
    JsonArray reservations = new JsonArray();
    TreeSet<String> groups = new TreeSet<>();
    for (Stance stance : stances) {
      switch (stance.stance()) {
        case "support" -> {
          support.add(stance.toJson());
          groups.add(stance.regionalGroup());
        }
        case "object" -> objections.add(stance.toJson());
        default -> reservations.add(stance.toJson());
      }
    }
    String status = !objections.isEmpty() ? "contested" : groups.size() >= requiredGroups ? "agreed" : "open";
    return new JsonObject()
        .put("paragraphId", paragraphId.toString())
        .put("number", number)
        .put("status", status)
        .put("support", support)
        .put("objections", objections)
        .put("reservations", reservations)
        .put("supportingGroups", new JsonArray(List.copyOf(groups)))
        .put("supportingGroupCount", groups.size())
        .put("requiredGroups", requiredGroups)
        .put("dissociatedBy", new JsonArray(dissociatedBy));
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
