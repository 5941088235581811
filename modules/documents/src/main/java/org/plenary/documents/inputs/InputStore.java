package org.plenary.documents.inputs;

import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Written inputs in PostgreSQL. */
public final class InputStore {

  private final Pool pool;

  public InputStore(Pool pool) {
    this.pool = pool;
  }

  public Future<Optional<WrittenInput>> find(UUID id) {
    return pool.preparedQuery(InputQueries.FIND).execute(Tuple.of(id)).map(Rows::first);
  }

  /** The input, its row locked until the transaction ends: its status changes under this lock. */
  public Future<Optional<WrittenInput>> lock(SqlClient client, UUID id) {
    return client.preparedQuery(InputQueries.LOCK).execute(Tuple.of(id)).map(Rows::first);
  }

  /**
   * What a reader lists: published inputs, and also every other one when {@code seesAll} (the Secretariat) or its
   * organization's own ({@code readerOrganization}); the other filters null where not filtered.
   */
  public record Filter(boolean seesAll, String readerOrganization, UUID sessionId, String status,
                       String organization) {
  }

  public Future<List<WrittenInput>> list(Filter f, Instant afterSubmitted, UUID afterId, int limit) {
    Tuple params = Tuple.tuple().addBoolean(f.seesAll()).addString(f.readerOrganization()).addUUID(f.sessionId())
        .addString(f.status()).addString(f.organization()).addOffsetDateTime(utc(afterSubmitted)).addUUID(afterId)
        .addInteger(limit);
    return pool.preparedQuery(InputQueries.LIST).execute(params).map(Rows::all);
  }

  public Future<UUID> insert(SqlClient client, SubmitInput input, String organizationId, UUID authorId, Instant at) {
    Tuple params = Tuple.tuple().addUUID(input.sessionId()).addUUID(input.agendaItemId().orElse(null))
        .addString(organizationId).addUUID(authorId).addString(input.title()).addString(input.text())
        .addString(input.language()).addOffsetDateTime(utc(at));
    return client.preparedQuery(InputQueries.INSERT).execute(params).map(rows -> rows.iterator().next().getUUID("id"));
  }

  public Future<Void> resubmit(SqlClient client, UUID id, SubmitInput input, UUID authorId, Instant at) {
    Tuple params = Tuple.tuple().addUUID(id).addUUID(input.agendaItemId().orElse(null)).addString(input.title())
        .addString(input.text()).addString(input.language()).addUUID(authorId).addOffsetDateTime(utc(at));
    return client.preparedQuery(InputQueries.RESUBMIT).execute(params).mapEmpty();
  }

  public Future<Void> publish(SqlClient client, UUID id, UUID reviewerId, Instant at) {
    return client.preparedQuery(InputQueries.PUBLISH).execute(Tuple.of(id, reviewerId, utc(at))).mapEmpty();
  }

  public Future<Void> returnWithReason(SqlClient client, UUID id, UUID reviewerId, String reason, Instant at) {
    return client.preparedQuery(InputQueries.RETURN).execute(Tuple.of(id, reviewerId, reason, utc(at))).mapEmpty();
  }

  public Future<Void> setFile(SqlClient client, UUID id, UUID fileId) {
    return client.preparedQuery(InputQueries.SET_FILE).execute(Tuple.of(id, fileId)).mapEmpty();
  }

  private static OffsetDateTime utc(Instant at) {
    return at == null ? null : at.atOffset(ZoneOffset.UTC);
  }
}
