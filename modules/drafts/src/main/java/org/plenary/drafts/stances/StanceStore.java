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
import java.util.Map;
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
      rows.forEach(row -> stances.add(Rows.stance(row)));
      return stances;
    });
  }

  /** The paragraph's stances over all its revisions, newest first, before {@code beforeId} (null: from the newest). */
  public Future<List<StanceEntry>> history(UUID paragraphId, Long beforeId, String stateId, int limit) {
    return pool.preparedQuery(DraftQueries.STANCE_HISTORY).execute(Tuple.of(paragraphId, beforeId, stateId, limit))
        .map(rows -> {
          List<StanceEntry> entries = new ArrayList<>(rows.size());
          rows.forEach(row -> entries.add(Rows.historyEntry(row)));
          return entries;
        });
  }

  /** Each State's current dissociation, the paragraphs it holds and those a revision ended, by State name. */
  public Future<List<ConsensusTracker.Dissociation>> dissociations(UUID threadId) {
    return pool.preparedQuery(DraftQueries.CURRENT_DISSOCIATIONS).execute(Tuple.of(threadId)).map(Rows::dissociations);
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

  /**
   * Records the stance for each State, keeping the entry it replaces as history: a State's own replaces its own,
   * an organization's its own on the State's behalf, so that neither ever ends the other (the reads count the
   * State's own first).
   */
  Future<Void> record(SqlClient conn, NewStance stance, List<String> states) {
    return conn.preparedQuery(DraftQueries.SUPERSEDE_STANCES)
        .execute(Tuple.of(stance.paragraphId(), stance.revision(), states.toArray(String[]::new), stance.recordedVia()))
        .compose(v -> conn.preparedQuery(DraftQueries.INSERT_STANCE).executeBatch(states.stream()
            .map(state -> Tuple.of(stance.paragraphId(), stance.revision(), state, stance.stance(), stance.explanation(),
                stance.recordedBy(), stance.recordedVia()))
            .toList()))
        .mapEmpty();
  }

  /**
   * Replaces the State's dissociation with one from {@code paragraphs} as they stand in version
   * {@code versionNumber} (each at its revision); an empty map leaves none.
   */
  Future<Void> dissociate(SqlClient conn, UUID threadId, String stateId, Map<UUID, Integer> paragraphs,
                          String explanation, UUID by, int versionNumber) {
    Future<RowSet<Row>> superseded = conn.preparedQuery(DraftQueries.SUPERSEDE_DISSOCIATION)
        .execute(Tuple.of(threadId, stateId));
    if (paragraphs.isEmpty()) {
      return superseded.mapEmpty();
    }
    return superseded
        .compose(v -> conn.preparedQuery(DraftQueries.INSERT_DISSOCIATION)
            .execute(Tuple.of(threadId, stateId, explanation, by, versionNumber)))
        .map(rows -> rows.iterator().next().getLong("id"))
        .compose(id -> conn.preparedQuery(DraftQueries.INSERT_DISSOCIATION_PARAGRAPH).executeBatch(paragraphs.entrySet()
            .stream().map(p -> Tuple.of(id, p.getKey(), p.getValue())).toList()))
        .mapEmpty();
  }
}
