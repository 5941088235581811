package org.plenary.profiles;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;
import org.plenary.drafts.api.ParagraphComparison;

/** A comparison of States as the API sends it (openapi/profiles.yaml, StateComparison). */
final class ComparisonJson {

  private ComparisonJson() {
  }

  static JsonObject onNorm(String norm, List<Comparison.OnNorm> columns) {
    JsonArray states = new JsonArray();
    columns.forEach(column -> {
      JsonObject json = new JsonObject().put("state", column.state().toJson())
          .put("positions", ProfilesJson.all(column.positions(), ProfilesJson::thread))
          .put("practices", ProfilesJson.all(column.practices(), ProfilesJson::practice));
      column.answers().ifPresent(answers -> json.put("answers", ProfilesJson.answers(answers)));
      states.add(json);
    });
    return new JsonObject().put("norm", norm).put("states", states);
  }

  static JsonObject onParagraph(Comparison.OnParagraph comparison) {
    ParagraphComparison p = comparison.paragraph();
    JsonObject paragraph = new JsonObject().put("threadId", p.threadId().toString()).put("title", p.title())
        .put("paragraphId", p.paragraphId().toString()).put("number", p.number()).put("text", p.text());
    JsonArray states = new JsonArray();
    for (int i = 0; i < p.states().size(); i++) {
      ParagraphComparison.StateEntry entry = p.states().get(i);
      JsonObject json = new JsonObject().put("state", comparison.states().get(i).toJson())
          .put("withheld", entry.withheld());
      entry.stance().ifPresent(stance -> json.put("stance", ProfilesJson.stance(stance)));
      entry.dissociation().ifPresent(d -> json.put("dissociation", ProfilesJson.dissociation(d)));
      states.add(json);
    }
    return new JsonObject().put("paragraph", paragraph).put("states", states);
  }
}
