package org.plenary.drafts.stances;

import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.plenary.drafts.DraftQueries;

/** Stances of States on paragraphs, and their dissociations, in PostgreSQL. */
public final class StanceStore {

  public record NewStance(UUID paragraphId, int revision, String stance, String explanation, UUID recordedBy,
                          String recordedVia) {
  }

  private final Pool pool;

  public StanceStore(Pool pool) {
    this.pool = pool;
  }

  /** The current stances on the paragraphs of a version, or on one of them when {@code paragraphId} is given. */
  public Future<List<ConsensusTracker.Stance>> current(long versionId, UUID paragraphId) {
    return pool.preparedQuery(DraftQueries.CURRENT_STANCES).execute(Tuple.of(versionId, paragraphId)).map(rows -> {
      List<ConsensusTracker.Stance> stances = new ArrayList<>();
      rows.forEach(row -> stances.add(ConsensusTracker.Stance.fromRow(row)));
      return stances;
    });
  }

  public Future<List<Row>> history(UUID paragraphId, Long beforeId, String stateId, int limit) {
    return pool.preparedQuery(DraftQueries.STANCE_HISTORY).execute(Tuple.of(paragraphId, beforeId, stateId, limit))
        .map(StanceStore::all);
  }

  public Future<List<ConsensusTracker.Dissociation>> dissociations(UUID threadId) {
    return pool.preparedQuery(DraftQueries.CURRENT_DISSOCIATIONS).execute(Tuple.of(threadId)).map(rows -> {
      List<ConsensusTracker.Dissociation> dissociations = new ArrayList<>();
      rows.forEach(row -> dissociations.add(ConsensusTracker.Dissociation.fromRow(row)));
      return dissociations;
    });
  }

  /** Of {@code states}, those whose current stance they recorded themselves, not through {@code via}. */
  Future<Set<String>> ownStancesAmong(SqlClient conn, UUID paragraphId, int revision, List<String> states, String via) {
    return conn.preparedQuery(DraftQueries.OWN_STANCES_AMONG)
        .execute(Tuple.of(paragraphId, revision, states.toArray(String[]::new), via))
        .map(rows -> {
          Set<String> own = new HashSet<>();
          rows.forEach(row -> own.add(row.getString("state_id")));
          return own;
        });
  }

  /** Records the stance for each State, keeping the stance it replaces as history. */
  Future<Void> record(SqlClient conn, NewStance stance, List<String> states) {
    return conn.preparedQuery(DraftQueries.SUPERSEDE_STANCES)
        .execute(Tuple.of(stance.paragraphId(), stance.revision(), states.toArray(String[]::new)))
        .compose(v -> conn.preparedQuery(DraftQueries.INSERT_STANCE).executeBatch(states.stream()
            .map(state -> Tuple.of(stance.paragraphId(), stance.revision(), state, stance.stance(), stance.explanation(),
                stance.recordedBy(), stance.recordedVia()))
            .toList()))
        .mapEmpty();
  }

  /** Replaces the State's dissociation; an empty list of paragraphs leaves none. */
  Future<Void> dissociate(SqlClient conn, UUID threadId, String stateId, List<UUID> paragraphs, String explanation,
                          UUID by) {
    Future<RowSet<Row>> superseded = conn.preparedQuery(DraftQueries.SUPERSEDE_DISSOCIATION)
        .execute(Tuple.of(threadId, stateId));
    return paragraphs.isEmpty() ? superseded.mapEmpty() : superseded.compose(v -> conn
        .preparedQuery(DraftQueries.INSERT_DISSOCIATION)
        .execute(Tuple.of(threadId, stateId, paragraphs.toArray(UUID[]::new), explanation, by))).mapEmpty();
  }

  private static List<Row> all(RowSet<Row> rows) {
    List<Row> list = new ArrayList<>(rows.size());
    rows.forEach(list::add);
    return list;
  }
}
