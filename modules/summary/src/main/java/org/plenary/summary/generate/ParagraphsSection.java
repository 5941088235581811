package org.plenary.summary.generate;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/**
 * For a draft, each paragraph's state in the consensus tracker: agreed, contested (with the objecting
 * States, or only their number under the Chatham House Rule) or open.
 */
final class ParagraphsSection {

  private ParagraphsSection() {
  }

  static JsonArray build(JsonArray tracked, Identities identities) {
    JsonArray paragraphs = new JsonArray();
    for (Object item : tracked) {
      JsonObject paragraph = (JsonObject) item;
      JsonObject summary = new JsonObject()
          .put("number", paragraph.getValue("number"))
          .put("status", paragraph.getString("status"))
          .put("supportingGroupCount", paragraph.getInteger("supportingGroupCount", 0))
          .put("requiredGroups", paragraph.getInteger("requiredGroups", 0))
          .put("objectionCount", paragraph.getJsonArray("objections", new JsonArray()).size());
      if (!identities.chathamHouse()) {
        summary.put("objectingStates", objectingStates(paragraph));
      }
      paragraphs.add(summary);
    }
    return paragraphs;
  }

  /**
   * Objections to paragraphs are divergence too, and where other States support the same paragraph, the
   * States take opposite stances on it: both sides are given (named, or counted under the Chatham House Rule).
   */
  static JsonArray objections(JsonArray tracked, Identities identities) {
    JsonArray items = new JsonArray();
    for (Object item : tracked) {
      JsonObject paragraph = (JsonObject) item;
      JsonArray objecting = objectingStates(paragraph);
      if (objecting.isEmpty()) {
        continue;
      }
      JsonArray supporting = statesIn(paragraph, "support");
      JsonObject objection = new JsonObject().put("kind", "objection").put("paragraph", paragraph.getValue("number"))
          .put("objectionCount", objecting.size()).put("supportCount", supporting.size());
      if (!identities.chathamHouse()) {
        objection.put("objectingStates", objecting).put("supportingStates", supporting);
      }
      items.add(objection);
    }
    return items;
  }

  private static JsonArray objectingStates(JsonObject paragraph) {
    return statesIn(paragraph, "objections");
  }

  /** The names of the States in one of the tracker's lists ({@code support}, {@code objections}). */
  private static JsonArray statesIn(JsonObject paragraph, String list) {
    JsonArray names = new JsonArray();
    paragraph.getJsonArray(list, new JsonArray())
        .forEach(o -> names.add(((JsonObject) o).getJsonObject("state").getString("name")));
    return names;
  }
}
