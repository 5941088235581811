package org.plenary.testing;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.Map;

/** Short-hands for the drafting steps tests repeat: open a draft, publish versions, record stances. */
public final class Drafting {

  private final Api api;

  public Drafting(Api api) {
    this.api = api;
  }

  /** A public thread of kind draft, opened by the moderator; returns its id. */
  public String openDraft(JsonObject fields) {
    JsonObject request = new JsonObject().put("kind", "draft").put("audience", "public")
        .put("title", "Draft " + System.nanoTime()).mergeIn(fields);
    return api.as("moderator").post("/topics/institutional-dialogue/threads", request).expect(201).json().getString("id");
  }

  /** A new draft whose zero draft has {@code paragraphs} numbered paragraphs. */
  public JsonObject zeroDraft(int paragraphs) {
    String thread = openDraft(new JsonObject());
    JsonArray texts = new JsonArray();
    for (int i = 1; i <= paragraphs; i++) {
      texts.add(new JsonObject().put("text", "Paragraph " + i + " of the zero draft."));
    }
    return publish(thread, texts);
  }

  public JsonObject publish(String thread, JsonArray paragraphs) {
    return api.as("moderator").post("/drafts/" + thread + "/versions", new JsonObject().put("paragraphs", paragraphs))
        .expect(201).json();
  }

  /** The paragraphs of the draft's latest version, each kept by id, with {@code changes} as number → new text. */
  public static JsonArray revise(JsonObject draft, Map<Integer, String> changes) {
    JsonArray paragraphs = new JsonArray();
    for (Object entry : draft.getJsonArray("paragraphs")) {
      JsonObject p = (JsonObject) entry;
      paragraphs.add(new JsonObject().put("id", p.getString("id"))
          .put("text", changes.getOrDefault(p.getInteger("number"), p.getString("text"))));
    }
    return paragraphs;
  }

  public Response stance(String persona, String thread, String paragraph, String stance) {
    return api.as(persona).post("/drafts/" + thread + "/paragraphs/" + paragraph + "/stances",
        new JsonObject().put("stance", stance));
  }

  /** An amendment of {@code persona}'s delegation to a paragraph of the latest version; returns its id. */
  public long amend(String persona, String thread, String paragraph, String text) {
    return api.as(persona).post("/drafts/" + thread + "/paragraphs/" + paragraph + "/amendments",
        new JsonObject().put("text", text)).expect(201).json().getLong("id");
  }

  /** One amendment as {@code reader} sees it in its paragraph's list. */
  public static JsonObject amendment(Api reader, String thread, String paragraph, long id) {
    return reader.get("/drafts/" + thread + "/paragraphs/" + paragraph + "/amendments").expect(200).items().stream()
        .map(JsonObject.class::cast).filter(a -> a.getLong("id") == id).findFirst().orElseThrow();
  }

  /** The tracker of one paragraph, as the public sees it. */
  public JsonObject consensus(String thread, String paragraph) {
    return api.anonymous().get("/drafts/" + thread + "/consensus").expect(200).json().getJsonArray("paragraphs")
        .stream().map(JsonObject.class::cast).filter(p -> paragraph.equals(p.getString("paragraphId")))
        .findFirst().orElseThrow();
  }

  public JsonObject summary(String thread) {
    return api.anonymous().get("/drafts/" + thread + "/consensus").expect(200).json().getJsonObject("summary");
  }

  public static String thread(JsonObject draft) {
    return draft.getString("threadId");
  }

  public static String paragraph(JsonObject draft, int number) {
    return draft.getJsonArray("paragraphs").getJsonObject(number - 1).getString("id");
  }

  public static JsonArray states(JsonArray stances) {
    JsonArray ids = new JsonArray();
    stances.forEach(s -> ids.add(((JsonObject) s).getJsonObject("state").getString("id")));
    return ids;
  }
}
