package org.plenary.drafts.versions;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.plenary.drafts.Paragraphs;
import org.plenary.platform.http.ApiProblem;

/**
 * How the paragraphs of a new version relate to the draft's earlier ones. A paragraph listed with its id
 * survives: unchanged text keeps its revision (and so its stances); changed text starts a new revision,
 * on which no State has a stance yet. A paragraph listed without an id is new.
 */
final class RevisionPlan {

  /** What the draft knows of a paragraph: its text as it last stood, that text's revision, whether it is current. */
  record Known(String text, int revision, boolean inLatest) {
  }

  record Planned(UUID id, boolean isNew, int number, String heading, String text, int revision, String change) {
  }

  private RevisionPlan() {
  }

  /** Plans the paragraphs {@code requested} against {@code known}, every paragraph the draft ever had. */
  static List<Planned> plan(JsonArray requested, Map<UUID, Known> known) {
    List<Planned> planned = new ArrayList<>(requested.size());
    Set<UUID> seen = new HashSet<>();
    for (int i = 0; i < requested.size(); i++) {
      JsonObject paragraph = requested.getJsonObject(i);
      int number = i + 1;
      String heading = blankToNull(paragraph.getString("heading"));
      String text = paragraph.getString("text").strip();
      if (text.isEmpty()) {
        throw ApiProblem.badRequest("Paragraph " + number + " has no text.");
      }
      String id = paragraph.getString("id");
      if (id == null) {
        planned.add(new Planned(UUID.randomUUID(), true, number, heading, text, 1, "new"));
        continue;
      }
      UUID paragraphId = UUID.fromString(id);
      Known before = known.get(paragraphId);
      if (before == null) {
        throw ApiProblem.badRequest("Paragraph " + number + " names " + id + ", which is not a paragraph of this draft;"
            + " leave out the id of a new paragraph.");
      }
      if (!seen.add(paragraphId)) {
        throw ApiProblem.badRequest("Paragraph " + id + " is listed twice; a paragraph appears once in a version.");
      }
      boolean same = Paragraphs.sameWording(before.text(), text);
      String change = !before.inLatest() ? "reinstated" : same ? "unchanged" : "revised";
      planned.add(new Planned(paragraphId, false, number, heading, text,
          same ? before.revision() : before.revision() + 1, change));
    }
    return planned;
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
