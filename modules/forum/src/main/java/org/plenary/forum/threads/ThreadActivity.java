package org.plenary.forum.threads;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.plenary.platform.organizations.OrganizationKind;

/**
 * What a thread list shows of a thread's life: its last visible post and who wrote it, how many current
 * official positions it holds, and the States that spoke in it. Read with the list, in the same query.
 */
record ThreadActivity(Optional<LastPost> lastPost, int positionCount, List<String> statesThatSpoke) {

  /** The last post a reader sees (hidden ones are skipped), its author and the organization they spoke for. */
  record LastPost(Instant at, UUID authorId, String authorName, String organizationId, String organizationName,
                  OrganizationKind constituency) {
  }

  /**
   * The activity as {@code reader} may see it. Under the Chatham House Rule a reader other than a moderator sees
   * the constituency of the last speaker and never a name, an organization or the States that spoke.
   */
  JsonObject json(boolean chathamHouse, Reader reader) {
    JsonObject json = new JsonObject().put("positionCount", positionCount);
    boolean named = !chathamHouse || reader.seesBehindChathamHouse();
    lastPost.ifPresent(last -> {
      JsonObject shown = new JsonObject().put("at", last.at().toString()).put("constituency", last.constituency().wire());
      if (named || reader.seesIdentity(true, last.authorId())) {
        shown.put("author", new JsonObject().put("id", last.authorId().toString()).put("name", last.authorName()))
            .put("organization", new JsonObject().put("id", last.organizationId()).put("name", last.organizationName()));
      }
      json.put("lastPost", shown);
    });
    if (named) {
      json.put("statesThatSpoke", new JsonArray(statesThatSpoke));
    }
    return json;
  }
}
