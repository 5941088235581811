package org.plenary.testing;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/** Short-hands for the forum steps tests repeat: open a thread, post to it. */
public final class Dialogue {

  private final Api api;

  public Dialogue(Api api) {
    this.api = api;
  }

  public static Dialogue on(Api api) {
    return new Dialogue(api);
  }

  /** Opens a thread as {@code persona} and returns its id. */
  public String openThread(String persona, String topic, JsonObject fields) {
    JsonObject request = new JsonObject().put("title", "Thread " + System.nanoTime()).put("audience", "public")
        .mergeIn(fields);
    return api.as(persona).post("/topics/" + topic + "/threads", request).expect(201).json().getString("id");
  }

  public String openThread(String persona, String topic) {
    return openThread(persona, topic, new JsonObject());
  }

  public Response post(String persona, String threadId, JsonObject fields) {
    JsonObject request = new JsonObject().put("body", "A contribution.").put("language", "en").mergeIn(fields);
    return api.as(persona).post("/threads/" + threadId + "/posts", request);
  }

  public JsonObject comment(String persona, String threadId, String body) {
    return post(persona, threadId, new JsonObject().put("body", body)).expect(201).json();
  }

  public JsonObject position(String persona, String threadId, String body) {
    return post(persona, threadId, new JsonObject().put("kind", "position").put("body", body)).expect(201).json();
  }

  public JsonArray posts(String persona, String threadId) {
    Api reader = persona == null ? api.anonymous() : api.as(persona);
    return reader.get("/threads/" + threadId + "/posts?limit=500").expect(200).items();
  }

  public static JsonObject bySeq(JsonArray posts, int seq) {
    return posts.stream().map(JsonObject.class::cast).filter(p -> p.getInteger("seq") == seq).findFirst().orElseThrow();
  }
}
