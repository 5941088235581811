package org.plenary.summary.domain;

import io.vertx.core.json.JsonObject;

/**
 * What the generator made of the thread (sections, citations), kept as it was generated. The generator and the
 * exports work on this document as JSON, and the API shows it as it is, so it stays in that form here.
 */
public record GeneratedSummary(JsonObject document) {

  /** The thread's title when the summary was generated, or the fallback for a document that has none. */
  public String threadTitle(String fallback) {
    return document.getString("threadTitle", fallback);
  }

  /** Each cited post by its id: its number in the thread, who wrote it (as the rule allows), when, in what language. */
  public JsonObject citations() {
    return document.getJsonObject("citations", new JsonObject());
  }
}
