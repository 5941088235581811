package org.plenary.drafts.versions;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.plenary.drafts.DraftAccess;

/** A {@code NewDraftVersion} body as a command; a version's decisions on amendments and a paragraph's history as JSON. */
final class VersionsJson {

  private VersionsJson() {
  }

  static PublishVersion publishVersion(UUID threadId, JsonObject body) {
    JsonArray listed = body.getJsonArray("paragraphs");
    List<PublishVersion.Paragraph> paragraphs = new ArrayList<>(listed.size());
    for (int i = 0; i < listed.size(); i++) {
      JsonObject paragraph = listed.getJsonObject(i);
      paragraphs.add(new PublishVersion.Paragraph(Optional.ofNullable(paragraph.getString("id")),
          paragraph.getString("heading"), paragraph.getString("text"), ids(paragraph.getJsonArray("incorporates"))));
    }
    return new PublishVersion(threadId, body.getString("note", ""), paragraphs, ids(body.getJsonArray("notRetained")));
  }

  /** The amendments a version incorporated and those it did not retain, by id: nothing here says who proposed them. */
  static JsonObject amendmentDecisions(List<AmendmentDecisions.Decided> amendments) {
    JsonArray incorporated = new JsonArray();
    JsonArray notRetained = new JsonArray();
    amendments.forEach(d -> ("incorporated".equals(d.status()) ? incorporated : notRetained).add(decided(d)));
    return new JsonObject().put("incorporated", incorporated).put("notRetained", notRetained);
  }

  static JsonObject historyEntry(ParagraphVersion paragraph) {
    JsonObject entry = new JsonObject()
        .put("version", paragraph.versionNumber())
        .put("label", DraftAccess.versionLabel(paragraph.versionNumber()))
        .put("number", paragraph.number())
        .put("text", paragraph.text())
        .put("revision", paragraph.revision())
        .put("change", paragraph.change());
    Optional.ofNullable(paragraph.heading()).ifPresent(h -> entry.put("heading", h));
    return entry;
  }

  private static JsonObject decided(AmendmentDecisions.Decided decided) {
    JsonObject json = new JsonObject().put("id", decided.amendmentId()).put("paragraphId", decided.paragraphId().toString());
    return decided.incorporation() == null ? json : json.put("incorporation", decided.incorporation());
  }

  private static List<Long> ids(JsonArray array) {
    List<Long> ids = new ArrayList<>();
    if (array != null) {
      array.forEach(id -> ids.add(((Number) id).longValue()));
    }
    return ids;
  }
}
