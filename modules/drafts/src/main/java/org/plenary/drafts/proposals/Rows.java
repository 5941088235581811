package org.plenary.drafts.proposals;

import static org.plenary.platform.database.Columns.instantOrNull;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Row;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/** Rows of the proposal queries as the context's records; only {@link ProposalStore} reads rows. */
final class Rows {

  private Rows() {
  }

  /** A row of {@code FIND_PROPOSAL} or {@code PROPOSAL_PAGE}. */
  static Proposal proposal(Row row) {
    return new Proposal(row.getUUID("id"), row.getUUID("thread_id"), row.getString("title"), row.getString("text"),
        row.getString("status"), instantOrNull(row, "circulated_at"), instantOrNull(row, "tabled_at"),
        instantOrNull(row, "withdrawn_at"), row.getString("tabled_for"), row.getString("tabled_for_name"),
        sponsors(row.getJsonArray("sponsors")));
  }

  /** A row of {@code LOCK_PROPOSAL}. */
  static LockedProposal locked(Row row) {
    return new LockedProposal(row.getUUID("thread_id"), row.getString("tabled_for"), row.getString("status"));
  }

  /** The current sponsors, aggregated by the query as JSON (null when there is none). */
  private static List<Proposal.Sponsor> sponsors(JsonArray stored) {
    List<Proposal.Sponsor> sponsors = new ArrayList<>();
    for (Object entry : stored == null ? new JsonArray() : stored) {
      JsonObject sponsor = (JsonObject) entry;
      sponsors.add(new Proposal.Sponsor(sponsor.getString("stateId"), sponsor.getString("stateName"),
          sponsor.getBoolean("original"), OffsetDateTime.parse(sponsor.getString("joinedAt")).toInstant()));
    }
    return List.copyOf(sponsors);
  }

  /** Null when the column is. */
}
