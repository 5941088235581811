package org.plenary.drafts.record;

import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.plenary.drafts.api.DraftRecord;
import org.plenary.platform.organizations.ActivityQuery;

/** A State's current stances and dissociations on drafts, in PostgreSQL; its rows read here only. */
final class RecordStore {

  /** A draft the State holds entries in, and when it recorded the latest. */
  record Engaged(UUID threadId, Instant latestAt) {
  }

  /** An entry of a State in a draft. */
  record Entry<T>(UUID threadId, String stateId, T entry) {
  }

  /** Stances read for the paragraphs of at most this many drafts at once, each with so many paragraphs. */
  static final int STANCES_PER_DRAFT = 200;

  private final Pool pool;

  RecordStore(Pool pool) {
    this.pool = pool;
  }

  /** Up to {@code query.limit() + 1} drafts, to tell whether there is a next page. */
  Future<List<Engaged>> drafts(ActivityQuery query) {
    Tuple params = Tuple.tuple().addString(query.organizationId()).addOffsetDateTime(utc(query.since()))
        .addOffsetDateTime(utc(query.until())).addOffsetDateTime(utc(query.after().map(ActivityQuery.After::at)))
        .addString(query.after().map(ActivityQuery.After::key).orElse(null)).addInteger(query.limit() + 1);
    return pool.preparedQuery(RecordQueries.DRAFTS_OF_STATE).execute(params).map(rows -> {
      List<Engaged> drafts = new ArrayList<>();
      rows.forEach(row -> drafts.add(new Engaged(row.getUUID("thread_id"),
          row.getOffsetDateTime("latest_at").toInstant())));
      return drafts;
    });
  }

  /** The States' current stances in these drafts (or on one paragraph when {@code threads} is null). */
  Future<List<Entry<DraftRecord.Stance>>> stances(List<String> states, List<UUID> threads, UUID paragraphId) {
    int bound = STANCES_PER_DRAFT * Math.max(1, threads == null ? states.size() : threads.size());
    return pool.preparedQuery(RecordQueries.CURRENT_STANCES).execute(Tuple.tuple()
            .addArrayOfString(states.toArray(String[]::new))
            .addArrayOfUUID(threads == null ? null : threads.toArray(UUID[]::new)).addUUID(paragraphId)
            .addInteger(bound))
        .map(rows -> {
          List<Entry<DraftRecord.Stance>> stances = new ArrayList<>();
          rows.forEach(row -> stances.add(new Entry<>(row.getUUID("thread_id"), row.getString("state_id"),
              stance(row))));
          return stances;
        });
  }

  /** The States' current dissociations in these drafts (or from one paragraph when {@code threads} is null). */
  Future<List<Entry<DraftRecord.Dissociation>>> dissociations(List<String> states, List<UUID> threads,
                                                               UUID paragraphId) {
    return pool.preparedQuery(RecordQueries.CURRENT_DISSOCIATIONS).execute(Tuple.tuple()
            .addArrayOfString(states.toArray(String[]::new))
            .addArrayOfUUID(threads == null ? null : threads.toArray(UUID[]::new)).addUUID(paragraphId))
        .map(RecordStore::dissociations);
  }

  /** The paragraph's draft, number and latest text, if there is such a paragraph. */
  Future<Optional<Paragraph>> paragraph(UUID paragraphId) {
    return pool.preparedQuery(RecordQueries.PARAGRAPH).execute(Tuple.of(paragraphId)).map(rows -> {
      if (rows.size() == 0) {
        return Optional.empty();
      }
      Row row = rows.iterator().next();
      return Optional.of(new Paragraph(row.getUUID("thread_id"), row.getInteger("number"), row.getString("text")));
    });
  }

  record Paragraph(UUID threadId, int number, String text) {
  }

  private static DraftRecord.Stance stance(Row row) {
    Integer latest = row.getInteger("latest_revision");
    Integer number = row.getInteger("number");
    return new DraftRecord.Stance(row.getUUID("paragraph_id"), number == null ? 0 : number,
        Optional.ofNullable(row.getString("text")).orElse(""), latest != null && latest.equals(row.getInteger("revision")),
        row.getString("stance"), Optional.ofNullable(row.getString("explanation")),
        Optional.ofNullable(row.getString("recorded_via")), row.getOffsetDateTime("recorded_at").toInstant());
  }

  /** One row per paragraph named, gathered into one dissociation per State and draft. */
  private static List<Entry<DraftRecord.Dissociation>> dissociations(Iterable<Row> rows) {
    Map<Long, Row> first = new LinkedHashMap<>();
    Map<Long, List<Integer>> held = new LinkedHashMap<>();
    Map<Long, List<Integer>> ended = new LinkedHashMap<>();
    for (Row row : rows) {
      long id = row.getLong("id");
      first.putIfAbsent(id, row);
      Integer number = row.getInteger("number");
      List<Integer> into = (row.getInteger("ended_in_version") == null ? held : ended)
          .computeIfAbsent(id, key -> new ArrayList<>());
      held.computeIfAbsent(id, key -> new ArrayList<>());
      ended.computeIfAbsent(id, key -> new ArrayList<>());
      if (number != null) {
        into.add(number);
      }
    }
    List<Entry<DraftRecord.Dissociation>> all = new ArrayList<>();
    first.forEach((id, row) -> all.add(new Entry<>(row.getUUID("thread_id"), row.getString("state_id"),
        new DraftRecord.Dissociation(held.get(id), ended.get(id), Optional.ofNullable(row.getString("explanation")),
            row.getInteger("version_number"), row.getOffsetDateTime("recorded_at").toInstant()))));
    return all;
  }

  private static OffsetDateTime utc(Optional<Instant> at) {
    return at.map(instant -> instant.atOffset(ZoneOffset.UTC)).orElse(null);
  }
}
