package org.plenary.drafts.proposals;

import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.plenary.drafts.DraftQueries;

/** Proposals and their sponsors, in PostgreSQL. */
final class ProposalStore {

  private final Pool pool;

  ProposalStore(Pool pool) {
    this.pool = pool;
  }

  Future<Optional<Proposal>> find(UUID id) {
    return pool.preparedQuery(DraftQueries.FIND_PROPOSAL).execute(Tuple.of(id))
        .map(rows -> rows.size() == 0 ? Optional.empty() : Optional.of(Rows.proposal(rows.iterator().next())));
  }

  Future<List<Proposal>> page(UUID threadId, String status, String sponsor, Instant afterTabledAt, UUID afterId, int limit) {
    Tuple params = Tuple.tuple().addUUID(threadId).addString(status).addString(sponsor)
        .addOffsetDateTime(afterTabledAt == null ? null : afterTabledAt.atOffset(ZoneOffset.UTC)).addUUID(afterId)
        .addInteger(limit);
    return pool.preparedQuery(DraftQueries.PROPOSAL_PAGE).execute(params).map(rows -> {
      List<Proposal> list = new ArrayList<>(rows.size());
      rows.forEach(row -> list.add(Rows.proposal(row)));
      return list;
    });
  }

  /** A proposal of {@code state}, tabled or circulated ({@code status}), with that State as its first sponsor. */
  Future<UUID> insert(SqlClient conn, UUID threadId, String title, String text, String state, UUID by, String status) {
    return conn.preparedQuery(DraftQueries.INSERT_PROPOSAL).execute(Tuple.of(threadId, title, text, state, by, status))
        .map(rows -> rows.iterator().next().getUUID("id"))
        .compose(id -> conn.preparedQuery(DraftQueries.INSERT_FIRST_SPONSOR).execute(Tuple.of(id)).map(id));
  }

  Future<LockedProposal> lock(SqlClient conn, UUID id) {
    return conn.preparedQuery(DraftQueries.LOCK_PROPOSAL).execute(Tuple.of(id))
        .map(rows -> Rows.locked(rows.iterator().next()));
  }

  /** False when the State sponsors the proposal already. */
  Future<Boolean> join(SqlClient conn, UUID id, String state, UUID by, boolean original) {
    return conn.preparedQuery(DraftQueries.JOIN_AS_SPONSOR).execute(Tuple.of(id, state, by, original))
        .map(rows -> rows.size() == 1);
  }

  Future<Void> tableCirculated(SqlClient conn, UUID id) {
    return conn.preparedQuery(DraftQueries.TABLE_CIRCULATED_PROPOSAL).execute(Tuple.of(id)).mapEmpty();
  }

  /** False when the State did not sponsor the proposal. */
  Future<Boolean> leave(SqlClient conn, UUID id, String state) {
    return conn.preparedQuery(DraftQueries.WITHDRAW_SPONSOR).execute(Tuple.of(id, state)).map(rows -> rows.size() == 1);
  }

  Future<Void> withdraw(SqlClient conn, UUID id) {
    return conn.preparedQuery(DraftQueries.WITHDRAW_PROPOSAL).execute(Tuple.of(id)).mapEmpty();
  }
}
