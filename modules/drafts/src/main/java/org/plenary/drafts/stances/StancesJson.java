package org.plenary.drafts.stances;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.plenary.drafts.Attribution;

/** The stances' request bodies as commands, and their history entries as JSON. */
final class StancesJson {

  private StancesJson() {
  }

  /** A {@code NewStance} body. */
  static RecordStance recordStance(UUID threadId, UUID paragraphId, JsonObject body) {
    return new RecordStance(threadId, paragraphId, body.getString("stance"),
        Optional.ofNullable(body.getString("explanation")), strings(body.getJsonArray("onBehalfOf")));
  }

  /** A {@code NewDissociation} body: the paragraphs named, each once. */
  static Dissociate dissociate(UUID threadId, JsonObject body) {
    return new Dissociate(threadId, strings(body.getJsonArray("paragraphIds")).stream().map(UUID::fromString).toList(),
        Optional.ofNullable(body.getString("explanation")));
  }

  /** A stance the reader may not attribute keeps its constituency only: no State, explanation or intermediary. */
  static JsonObject historyEntry(StanceEntry stance, Attribution attribution) {
    JsonObject entry = new JsonObject()
        .put("id", stance.id())
        .put("constituency", "state")
        .put("stance", stance.stance())
        .put("revision", stance.revision())
        .put("recordedAt", stance.recordedAt().toString())
        .put("current", stance.counts());
    if (attribution.sees(stance.stateId(), stance.recordedVia())) {
      entry.put("state", new JsonObject().put("id", stance.stateId()).put("name", stance.stateName())
          .put("regionalGroup", stance.regionalGroup()));
      Optional.ofNullable(stance.explanation()).ifPresent(e -> entry.put("explanation", e));
      Optional.ofNullable(stance.recordedVia()).ifPresent(v -> entry.put("recordedVia", v));
    }
    return entry;
  }

  /** The strings of a JSON array, each once in the order given; none when it is absent. */
  private static List<String> strings(JsonArray array) {
    return array == null ? List.of() : new ArrayList<>(new LinkedHashSet<>(array.stream().map(String::valueOf).toList()));
  }
}
