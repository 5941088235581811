package org.plenary.implementation.store;

import static org.plenary.platform.database.Columns.instant;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.plenary.implementation.api.NormAnswers;
import org.plenary.implementation.api.PracticeOnRecord;
import org.plenary.implementation.api.ReportOnRecord;
import org.plenary.implementation.domain.NormQuestion;
import org.plenary.platform.organizations.ActivityQuery;

/** A State's published reports and an organization's practices as other contexts read them, in PostgreSQL. */
public final class RecordStore {

  private final Pool pool;

  public RecordStore(Pool pool) {
    this.pool = pool;
  }

  /** Up to {@code query.limit() + 1} reports, to tell whether there is a next page. */
  public Future<List<ReportOnRecord>> reports(ActivityQuery query, ReportStore.Reader reader) {
    Tuple params = Tuple.tuple().addString(query.organizationId()).addBoolean(reader.readsStates())
        .addString(reader.stateId()).addString(query.norm().orElse(null))
        .addOffsetDateTime(utc(query.since())).addOffsetDateTime(utc(query.until()))
        .addOffsetDateTime(utc(query.after().map(ActivityQuery.After::at)))
        .addString(query.after().map(ActivityQuery.After::key).orElse(null)).addInteger(query.limit() + 1);
    return pool.preparedQuery(RecordQueries.REPORTS_OF_STATE).execute(params)
        .map(rows -> Rows.all(rows, RecordStore::report));
  }

  public Future<List<NormAnswers>> answersOn(String norm, List<String> states, ReportStore.Reader reader) {
    Tuple params = Tuple.tuple().addArrayOfString(states.toArray(String[]::new)).addBoolean(reader.readsStates())
        .addString(reader.stateId()).addString(norm);
    return pool.preparedQuery(RecordQueries.ANSWERS_ON_NORM).execute(params)
        .map(rows -> Rows.all(rows, RecordStore::answers));
  }

  /** Up to {@code query.limit() + 1} practices, to tell whether there is a next page. */
  public Future<List<PracticeOnRecord>> practices(ActivityQuery query) {
    Tuple params = Tuple.tuple().addString(query.organizationId()).addString(query.norm().orElse(null))
        .addOffsetDateTime(utc(query.since())).addOffsetDateTime(utc(query.until()))
        .addOffsetDateTime(utc(query.after().map(ActivityQuery.After::at)))
        .addUUID(query.after().map(after -> UUID.fromString(after.key())).orElse(null))
        .addInteger(query.limit() + 1);
    return pool.preparedQuery(RecordQueries.PRACTICES_OF).execute(params)
        .map(rows -> Rows.all(rows, RecordStore::practice));
  }

  public Future<List<PracticeOnRecord>> practicesOn(String norm, List<String> organizations, int each) {
    return pool.preparedQuery(RecordQueries.PRACTICES_ON)
        .execute(Tuple.of(organizations.toArray(String[]::new), norm, each))
        .map(rows -> Rows.all(rows, RecordStore::practice));
  }

  private static ReportOnRecord report(Row row) {
    return new ReportOnRecord(row.getString("state_id"), row.getString("cycle_id"), row.getString("cycle_title"),
        row.getString("language"), Arrays.asList(row.getArrayOfStrings("norms")), row.getInteger("answer_count"),
        row.getString("audience"), instant(row, "published_at"));
  }

  private static NormAnswers answers(Row row) {
    Object value = row.getValue("answers");
    JsonObject given = value instanceof JsonObject json ? json : new JsonObject();
    List<NormAnswers.Answer> answers = Arrays.stream(NormQuestion.values())
        .filter(question -> given.getString(question.field()) != null)
        .map(question -> new NormAnswers.Answer(question.field(), given.getString(question.field()))).toList();
    return new NormAnswers(row.getString("state_id"), row.getString("cycle_id"), row.getString("cycle_title"),
        row.getString("language"), row.getString("audience"), instant(row, "published_at"), answers);
  }

  private static PracticeOnRecord practice(Row row) {
    return new PracticeOnRecord(row.getUUID("id"), row.getString("organization_id"), row.getString("title"),
        row.getString("language"), Arrays.asList(row.getArrayOfStrings("norms")), instant(row, "shared_at"),
        row.getLong("endorsements").intValue(), row.getLong("useful").intValue());
  }

  private static OffsetDateTime utc(Optional<Instant> at) {
    return at.map(instant -> instant.atOffset(ZoneOffset.UTC)).orElse(null);
  }
}
