package org.plenary.drafts.proposals;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.plenary.drafts.Attribution;

/**
 * A proposal with its sponsors as the First Committee lists them: the original sponsors (the States that
 * joined before it was tabled), then the States that joined later, each with the date it joined. Under the Chatham House Rule a reader who may not see
 * who sponsors (see {@link Attribution}) gets the counts, and by name only their own State.
 */
final class ProposalView {

  private ProposalView() {
  }

  static JsonObject toJson(Proposal proposal, Attribution attribution) {
    JsonArray original = new JsonArray();
    JsonArray later = new JsonArray();
    int originalCount = 0;
    int laterCount = 0;
    for (Proposal.Sponsor sponsor : proposal.sponsors()) {
      boolean isOriginal = sponsor.original();
      originalCount += isOriginal ? 1 : 0;
      laterCount += isOriginal ? 0 : 1;
      if (attribution.sees(sponsor.stateId())) {
        (isOriginal ? original : later).add(new JsonObject()
            .put("state", new JsonObject().put("id", sponsor.stateId()).put("name", sponsor.stateName()))
            .put("joinedAt", sponsor.joinedAt().toString()));
      }
    }
    JsonObject json = new JsonObject()
        .put("id", proposal.id().toString())
        .put("threadId", proposal.threadId().toString())
        .put("title", proposal.title())
        .put("text", proposal.text())
        .put("status", proposal.status())
        .put("circulatedAt", proposal.circulatedAt().toString())
        .put("originalSponsors", original)
        .put("laterSponsors", later)
        .put("originalSponsorCount", originalCount)
        .put("laterSponsorCount", laterCount)
        .put("sponsorCount", originalCount + laterCount);
    if (attribution.sees(proposal.tabledFor())) {
      json.put("tabledBy", new JsonObject().put("id", proposal.tabledFor()).put("name", proposal.tabledForName()));
    }
    if (proposal.tabledAt() != null) {
      json.put("tabledAt", proposal.tabledAt().toString());
    }
    if (proposal.withdrawnAt() != null) {
      json.put("withdrawnAt", proposal.withdrawnAt().toString());
    }
    return json;
  }
}
