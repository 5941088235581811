package org.plenary.sessions.statements;

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
import org.plenary.sessions.speakers.SpeakerEntry;

/** Statements in PostgreSQL. */
public final class StatementStore {

  private final Pool pool;

  public StatementStore(Pool pool) {
    this.pool = pool;
  }

  /** The new statement's id, or empty when the entry has one already. */
  public Future<Optional<UUID>> insert(SqlClient client, SpeakerEntry entry, UUID sessionId, UUID agendaItemId,
                                       NewStatement s, UUID postedBy, Instant at) {
    Tuple params = Tuple.tuple().addUUID(entry.id()).addUUID(sessionId).addUUID(agendaItemId)
        .addString(entry.speaker().id()).addString(entry.onBehalfOf().map(g -> g.id()).orElse(null))
        .addString(s.language().wire()).addBoolean(s.checkAgainstDelivery()).addString(s.text()).addUUID(postedBy)
        .addOffsetDateTime(utc(at));
    return client.preparedQuery(StatementQueries.INSERT).execute(params)
        .map(rows -> rows.size() == 0 ? Optional.<UUID>empty() : Optional.of(rows.iterator().next().getUUID("id")));
  }

  public Future<Optional<Statement>> find(SqlClient client, UUID id) {
    return client.preparedQuery(StatementQueries.FIND).execute(Tuple.of(id))
        .map(rows -> Rows.all(rows).stream().findFirst());
  }

  public Future<Optional<Statement>> find(UUID id) {
    return find(pool, id);
  }

  /** A page of the statements under an item, oldest first, after the cursor's. */
  public Future<List<Statement>> ofItem(UUID agendaItemId, Instant afterPosted, UUID afterId, int limit) {
    Tuple params = Tuple.tuple().addUUID(agendaItemId).addOffsetDateTime(afterPosted == null ? null : utc(afterPosted))
        .addUUID(afterId).addInteger(limit);
    return pool.preparedQuery(StatementQueries.OF_ITEM).execute(params).map(Rows::all);
  }

  /** A page of an organization's statements in sessions of {@code audiences}, newest first, after the cursor's. */
  public Future<List<Statement>> ofOrganization(String organizationId, List<String> audiences, Instant afterPosted,
                                                UUID afterId, int limit) {
    Tuple params = Tuple.tuple().addString(organizationId).addArrayOfString(audiences.toArray(String[]::new))
        .addOffsetDateTime(afterPosted == null ? null : utc(afterPosted)).addUUID(afterId).addInteger(limit);
    return pool.preparedQuery(StatementQueries.OF_ORGANIZATION).execute(params).map(Rows::all);
  }

  /** Whether the file was attached: false when the statement has one already. */
  public Future<Boolean> attachFile(SqlClient client, UUID statementId, UUID fileId) {
    return client.preparedQuery(StatementQueries.ATTACH_FILE).execute(Tuple.of(statementId, fileId))
        .map(rows -> rows.rowCount() == 1);
  }

  private static OffsetDateTime utc(Instant at) {
    return at.atOffset(ZoneOffset.UTC);
  }
}
