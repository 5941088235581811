package org.plenary.drafts.proposals;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Row;
import java.time.OffsetDateTime;

/**
 * A proposal with its sponsors as the First Committee lists them: the original sponsors, then the States
 * that joined later, each with the date it joined.
 */
final class ProposalView {

  private ProposalView() {
  }

  static JsonObject toJson(Row row) {
    JsonArray original = new JsonArray();
    JsonArray later = new JsonArray();
    JsonArray sponsors = row.getJsonArray("sponsors");
    if (sponsors != null) {
      for (Object entry : sponsors) {
        JsonObject sponsor = (JsonObject) entry;
        JsonObject json = new JsonObject()
            .put("state", new JsonObject().put("id", sponsor.getString("stateId")).put("name", sponsor.getString("stateName")))
            .put("joinedAt", OffsetDateTime.parse(sponsor.getString("joinedAt")).toInstant().toString());
        (sponsor.getBoolean("original") ? original : later).add(json);
      }
    }
    JsonObject json = new JsonObject()
        .put("id", row.getUUID("id").toString())
        .put("threadId", row.getUUID("thread_id").toString())
        .put("title", row.getString("title"))
        .put("text", row.getString("text"))
        .put("status", row.getString("status"))
        .put("tabledBy", new JsonObject().put("id", row.getString("tabled_for")).put("name", row.getString("tabled_for_name")))
        .put("tabledAt", row.getOffsetDateTime("tabled_at").toInstant().toString())
        .put("originalSponsors", original)
        .put("laterSponsors", later)
        .put("sponsorCount", original.size() + later.size());
    if (row.getOffsetDateTime("withdrawn_at") != null) {
      json.put("withdrawnAt", row.getOffsetDateTime("withdrawn_at").toInstant().toString());
    }
    return json;
  }
}
