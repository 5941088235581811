package org.plenary.summary.generate;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;
import org.plenary.drafts.api.ParagraphStanding;

/**
 * For a draft, each paragraph's state in the consensus tracker: agreed, contested (with the objecting
 * States, or only their number under the Chatham House Rule) or open.
 */
final class ParagraphsSection {

  private ParagraphsSection() {
  }

  static JsonArray build(List<ParagraphStanding> tracked, Identities identities) {
    JsonArray paragraphs = new JsonArray();
    for (ParagraphStanding paragraph : tracked) {
      JsonObject summary = new JsonObject()
          .put("number", paragraph.number())
          .put("status", paragraph.status())
          .put("supportingGroupCount", paragraph.supportingGroupCount())
          .put("requiredGroups", paragraph.requiredGroups())
          .put("objectionCount", paragraph.objectingStates().size());
      if (!identities.chathamHouse()) {
        summary.put("objectingStates", new JsonArray(paragraph.objectingStates()));
      }
      paragraphs.add(summary);
    }
    return paragraphs;
  }

  /**
   * Objections to paragraphs are divergence too, and where other States support the same paragraph, the
   * States take opposite stances on it: both sides are given (named, or counted under the Chatham House Rule).
   */
  static JsonArray objections(List<ParagraphStanding> tracked, Identities identities) {
    JsonArray items = new JsonArray();
    for (ParagraphStanding paragraph : tracked) {
      List<String> objecting = paragraph.objectingStates();
      if (objecting.isEmpty()) {
        continue;
      }
      List<String> supporting = paragraph.supportingStates();
      JsonObject objection = new JsonObject().put("kind", "objection").put("paragraph", paragraph.number())
          .put("objectionCount", objecting.size()).put("supportCount", supporting.size());
      if (!identities.chathamHouse()) {
        objection.put("objectingStates", new JsonArray(objecting)).put("supportingStates", new JsonArray(supporting));
      }
      items.add(objection);
    }
    return items;
  }
}
