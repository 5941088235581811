package org.plenary.contacts.store;

import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.plenary.contacts.domain.ContactKind;
import org.plenary.contacts.domain.Exercise;
import org.plenary.contacts.domain.Ping;
import org.plenary.contacts.domain.StatePings;
import org.plenary.platform.wire.WireEnum;

/** The ping exercises, the States they pinged and their pings in PostgreSQL. */
public final class ExerciseStore {

  /** A ping to write: whom it goes to, and the hash of its link's token. */
  public record NewPing(UUID id, String stateId, ContactKind kind, String name, String email, byte[] tokenHash) {
  }

  private final Pool pool;

  public ExerciseStore(Pool pool) {
    this.pool = pool;
  }

  /** Writes the exercise and its States ({@code states} null: every State); says the States it took. */
  public Future<List<String>> insert(SqlClient client, Exercise exercise, UUID startedBy, List<String> states) {
    return client.preparedQuery(ExerciseQueries.INSERT).execute(Tuple.of(exercise.id(), startedBy,
            Rows.utc(exercise.startedAt()), exercise.windowHours(), Rows.utc(exercise.deadline())))
        .compose(v -> client.preparedQuery(ExerciseQueries.INSERT_STATES).execute(Tuple.tuple().addUUID(exercise.id())
            .addArrayOfString(states == null ? null : states.toArray(String[]::new))))
        .map(rows -> Rows.all(rows, row -> row.getString(0)));
  }

  /** Which of {@code codes} are States. */
  public Future<List<String>> knownStates(SqlClient client, List<String> codes) {
    return client.preparedQuery(ExerciseQueries.KNOWN_STATES).execute(Tuple.tuple().addArrayOfString(codes.toArray(String[]::new)))
        .map(rows -> Rows.all(rows, row -> row.getString(0)));
  }

  public Future<Void> insertPings(SqlClient client, UUID exerciseId, List<NewPing> pings) {
    if (pings.isEmpty()) {
      return Future.succeededFuture();
    }
    List<Tuple> batch = pings.stream().map(p -> Tuple.tuple().addUUID(p.id()).addUUID(exerciseId)
        .addString(p.stateId()).addString(p.kind().wire()).addString(p.name()).addString(p.email())
        .addBuffer(Buffer.buffer(p.tokenHash()))).toList();
    return client.preparedQuery(ExerciseQueries.INSERT_PING).executeBatch(batch).mapEmpty();
  }

  public Future<Optional<Exercise>> find(String id) {
    UUID uuid;
    try {
      uuid = UUID.fromString(id);
    } catch (IllegalArgumentException notAnId) {
      return Future.succeededFuture(Optional.empty());
    }
    return pool.preparedQuery(ExerciseQueries.FIND).execute(Tuple.of(uuid))
        .map(rows -> Rows.first(rows, ExerciseStore::exercise));
  }

  public Future<List<Exercise>> list(int limit) {
    return pool.preparedQuery(ExerciseQueries.LIST).execute(Tuple.of(limit))
        .map(rows -> Rows.all(rows, ExerciseStore::exercise));
  }

  /** Every State of the exercises with its pings, by exercise then State name. */
  public Future<List<StatePings>> pings(SqlClient client, List<UUID> exercises) {
    return client.preparedQuery(ExerciseQueries.PINGS).execute(Tuple.tuple().addArrayOfUUID(exercises.toArray(UUID[]::new)))
        .map(rows -> {
          Map<String, StatePings> byState = new LinkedHashMap<>();
          Map<String, List<Ping>> pings = new LinkedHashMap<>();
          for (Row row : rows) {
            String key = row.getUUID("exercise_id") + "/" + row.getString("state_id");
            List<Ping> ofState = pings.computeIfAbsent(key, k -> new ArrayList<>());
            byState.computeIfAbsent(key, k -> new StatePings(row.getUUID("exercise_id"), row.getString("state_id"),
                row.getString("state_name"), Optional.ofNullable(row.getString("regional_group")),
                Rows.instant(row, "deadline"), List.of()));
            if (row.getUUID("ping_id") != null) {
              ofState.add(ping(row));
            }
          }
          return byState.entrySet().stream().map(e -> new StatePings(e.getValue().exerciseId(),
              e.getValue().stateId(), e.getValue().stateName(), e.getValue().regionalGroup(), e.getValue().deadline(),
              pings.get(e.getKey())))
              .toList();
        });
  }

  public Future<List<StatePings>> pings(List<UUID> exercises) {
    return pings(pool, exercises);
  }

  /** The ping whose link's token hashes to {@code tokenHash}, locked until the transaction ends. */
  public Future<Optional<Ping>> lockByToken(SqlClient client, byte[] tokenHash) {
    return client.preparedQuery(ExerciseQueries.PING_OF_TOKEN).execute(Tuple.of(Buffer.buffer(tokenHash)))
        .map(rows -> Rows.first(rows, ExerciseStore::ping));
  }

  public Future<Void> acknowledge(SqlClient client, UUID pingId, Instant at) {
    return client.preparedQuery(ExerciseQueries.ACKNOWLEDGE).execute(Tuple.of(pingId, Rows.utc(at))).mapEmpty();
  }

  /** Marks the unanswered pings of the exercise to {@code email} bounced; says the States they were of. */
  public Future<List<String>> bounce(SqlClient client, UUID exerciseId, String email, Instant at) {
    return client.preparedQuery(ExerciseQueries.BOUNCE).execute(Tuple.of(exerciseId, email, Rows.utc(at)))
        .map(rows -> Rows.all(rows, row -> row.getString(0)));
  }

  /** The last {@code count} exercises closed by {@code now} that pinged {@code stateId}, newest first. */
  public Future<List<UUID>> lastClosed(String stateId, Instant now, int count) {
    return pool.preparedQuery(ExerciseQueries.LAST_CLOSED_OF_STATE).execute(Tuple.of(stateId, Rows.utc(now), count))
        .map(rows -> Rows.all(rows, row -> row.getUUID(0)));
  }

  private static Exercise exercise(Row row) {
    return new Exercise(row.getUUID("id"), Rows.instant(row, "started_at"), row.getInteger("window_hours"),
        Rows.instant(row, "deadline"), row.getLong("state_count").intValue());
  }

  private static Ping ping(Row row) {
    return new Ping(row.getUUID("ping_id"), row.getUUID("exercise_id"), row.getString("state_id"),
        WireEnum.parse(ContactKind.class, row.getString("contact_kind")), row.getString("contact_name"),
        Optional.ofNullable(Rows.instant(row, "acknowledged_at")), Optional.ofNullable(Rows.instant(row, "bounced_at")),
        Rows.instant(row, "deadline"));
  }
}
