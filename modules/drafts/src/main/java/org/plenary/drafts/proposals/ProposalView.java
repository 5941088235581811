package org.plenary.drafts.proposals;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Row;
import java.time.OffsetDateTime;
import org.plenary.drafts.Attribution;

/**
 * A proposal with its sponsors as the First Committee lists them: the original sponsors (the States that
 * joined before it was tabled), then the States that joined later, each with the date it joined. Under the Chatham House Rule a reader who may not see
 * who sponsors (see {@link Attribution}) gets the counts, and by name only their own State.
 */
final class ProposalView {

  private ProposalView() {
  }

  static JsonObject toJson(Row row, Attribution attribution) {
    JsonArray original = new JsonArray();
    JsonArray later = new JsonArray();
    int originalCount = 0;
    int laterCount = 0;
    JsonArray sponsors = row.getJsonArray("sponsors");
    for (Object entry : sponsors == null ? new JsonArray() : sponsors) {
      JsonObject sponsor = (JsonObject) entry;
      boolean isOriginal = sponsor.getBoolean("original");
      originalCount += isOriginal ? 1 : 0;
      laterCount += isOriginal ? 0 : 1;
      if (attribution.sees(sponsor.getString("stateId"))) {
        (isOriginal ? original : later).add(new JsonObject()
            .put("state", new JsonObject().put("id", sponsor.getString("stateId")).put("name", sponsor.getString("stateName")))
            .put("joinedAt", OffsetDateTime.parse(sponsor.getString("joinedAt")).toInstant().toString()));
      }
    }
    JsonObject json = new JsonObject()
        .put("id", row.getUUID("id").toString())
        .put("threadId", row.getUUID("thread_id").toString())
        .put("title", row.getString("title"))
        .put("text", row.getString("text"))
        .put("status", row.getString("status"))
        .put("circulatedAt", row.getOffsetDateTime("circulated_at").toInstant().toString())
        .put("originalSponsors", original)
        .put("laterSponsors", later)
        .put("originalSponsorCount", originalCount)
        .put("laterSponsorCount", laterCount)
        .put("sponsorCount", originalCount + laterCount);
    if (attribution.sees(row.getString("tabled_for"))) {
      json.put("tabledBy", new JsonObject().put("id", row.getString("tabled_for")).put("name", row.getString("tabled_for_name")));
    }
    if (row.getOffsetDateTime("tabled_at") != null) {
      json.put("tabledAt", row.getOffsetDateTime("tabled_at").toInstant().toString());
    }
    if (row.getOffsetDateTime("withdrawn_at") != null) {
      json.put("withdrawnAt", row.getOffsetDateTime("withdrawn_at").toInstant().toString());
    }
    return json;
  }
}
