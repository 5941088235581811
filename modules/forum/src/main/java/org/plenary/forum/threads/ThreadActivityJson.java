package org.plenary.forum.threads;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/** A thread's activity as the lists send it ({@code ThreadActivity} in the contract). */
final class ThreadActivityJson {

  private ThreadActivityJson() {
  }

  /**
   * The activity as {@code reader} may see it. Under the Chatham House Rule a reader other than a moderator sees
   * the constituency of the last speaker and never a name, an organization or the States that spoke.
   */
  static JsonObject json(ThreadActivity activity, boolean chathamHouse, Reader reader) {
    JsonObject json = new JsonObject().put("positionCount", activity.positionCount());
    boolean named = !chathamHouse || reader.seesBehindChathamHouse();
    activity.lastPost().ifPresent(last -> {
      JsonObject shown = new JsonObject().put("at", last.at().toString()).put("constituency", last.constituency().wire());
      if (named || reader.seesIdentity(true, last.authorId())) {
        shown.put("author", new JsonObject().put("id", last.authorId().toString()).put("name", last.authorName()))
            .put("organization", new JsonObject().put("id", last.organizationId()).put("name", last.organizationName()));
      }
      json.put("lastPost", shown);
    });
    if (named) {
      json.put("statesThatSpoke", new JsonArray(activity.statesThatSpoke()));
    }
    return json;
  }
}
