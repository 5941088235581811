package org.plenary.documents.registry;

import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** The registry in PostgreSQL. */
public final class DocumentStore {

  private final Pool pool;

  public DocumentStore(Pool pool) {
    this.pool = pool;
  }

  public Future<Optional<Document>> find(UUID id) {
    return find(pool, id);
  }

  public Future<Optional<Document>> find(SqlClient client, UUID id) {
    return client.preparedQuery(DocumentQueries.FIND).execute(Tuple.of(id)).compose(rows -> withLanguages(client, rows))
        .map(found -> found.stream().findFirst());
  }

  public Future<Optional<Document>> findBySymbol(SqlClient client, String symbol) {
    return client.preparedQuery(DocumentQueries.FIND_BY_SYMBOL).execute(Tuple.of(symbol))
        .compose(rows -> withLanguages(client, rows)).map(found -> found.stream().findFirst());
  }

  /** The filters of the registry's list; null where not filtered. {@code text} is looked for in symbol and title. */
  public record Filter(Set<String> distributions, UUID sessionId, UUID agendaItemId, String kind, String language,
                       String text, String symbol) {
  }

  /** After the document issued on {@code issuedOn} under {@code symbol}: the keyset of the list's order. */
  public record After(LocalDate issuedOn, String symbol) {
  }

  public Future<List<Document>> list(Filter filter, After after, int limit) {
    Tuple params = Tuple.tuple().addArrayOfString(filter.distributions().toArray(String[]::new))
        .addUUID(filter.sessionId()).addUUID(filter.agendaItemId()).addString(filter.kind())
        .addString(filter.language()).addString(filter.text()).addString(filter.symbol())
        .addLocalDate(after == null ? null : after.issuedOn()).addString(after == null ? null : after.symbol())
        .addInteger(limit);
    return pool.preparedQuery(DocumentQueries.LIST).execute(params).compose(rows -> withLanguages(pool, rows));
  }

  /** Every document sharing {@code baseSymbol} that a reader of these distributions may see, oldest first. */
  public Future<List<FamilyMember>> family(String baseSymbol, Set<String> distributions) {
    return pool.preparedQuery(DocumentQueries.FAMILY)
        .execute(Tuple.tuple().addString(baseSymbol).addArrayOfString(distributions.toArray(String[]::new)))
        .map(rows -> Rows.all(rows, Rows::familyMember));
  }

  /** What a new document is: its parts from the symbol, what it relates to, and its record. */
  public record NewDocument(IssueDocument command, UUID predecessorId, UUID issuedBy) {
  }

  public Future<UUID> insert(SqlClient client, NewDocument document) {
    IssueDocument c = document.command();
    Tuple params = Tuple.tuple().addString(c.symbol().text()).addString(c.symbol().body())
        .addString(c.symbol().session()).addString(c.symbol().kind().wire()).addInteger(c.symbol().number())
        .addString(c.symbol().base().text()).addUUID(document.predecessorId())
        .addString(c.symbol().relation().map(relation -> relation.wire()).orElse(null)).addString(c.title())
        .addLocalDate(c.issuedOn()).addString(c.distribution().wire()).addUUID(c.sessionId().orElse(null))
        .addUUID(c.draft().map(Document.IssuedDraft::threadId).orElse(null))
        .addInteger(c.draft().map(Document.IssuedDraft::version).orElse(null)).addUUID(document.issuedBy());
    return client.preparedQuery(DocumentQueries.INSERT).execute(params)
        .map(rows -> rows.iterator().next().getUUID("id"))
        .compose(id -> insertAgendaItems(client, id, c.agendaItemIds()).map(id));
  }

  /** A document as a change of its language versions needs it: locked, its symbol and session for the event. */
  public record Locked(UUID id, String symbol, Optional<UUID> sessionId) {
  }

  /** Locks the document's row until the transaction ends: its language versions change under this lock. */
  public Future<Optional<Locked>> lock(SqlClient client, UUID id) {
    return client.preparedQuery(DocumentQueries.LOCK).execute(Tuple.of(id)).map(rows -> rows.size() == 0
        ? Optional.empty() : Optional.of(rows.iterator().next()).map(row -> new Locked(row.getUUID("id"),
            row.getString("symbol"), Optional.ofNullable(row.getUUID("session_id")))));
  }

  /** A version in one language with its file; whether it replaced one. */
  public record NewVersion(UUID documentId, String language, boolean original, boolean advanceUnedited, UUID fileId,
                           UUID addedBy) {
  }

  public Future<Boolean> putLanguageVersion(SqlClient client, NewVersion v) {
    Future<Void> cleared = !v.original() ? Future.succeededFuture()
        : client.preparedQuery(DocumentQueries.CLEAR_ORIGINAL).execute(Tuple.of(v.documentId(), v.language()))
            .mapEmpty();
    return cleared.compose(ok -> client.preparedQuery(DocumentQueries.PUT_LANGUAGE_VERSION)
        .execute(Tuple.of(v.documentId(), v.language(), v.original(), v.advanceUnedited(), v.fileId(), v.addedBy()))
        .map(rows -> rows.iterator().next().getBoolean("replaced")));
  }

  /** Of {@code symbols}, those held (restricted ones aside), each with its document's id. */
  public Future<Map<String, UUID>> known(Set<String> symbols) {
    return pool.preparedQuery(DocumentQueries.KNOWN).execute(Tuple.tuple().addArrayOfString(symbols.toArray(String[]::new))).map(rows -> {
      Map<String, UUID> known = new HashMap<>();
      rows.forEach(row -> known.put(row.getString("symbol"), row.getUUID("id")));
      return known;
    });
  }

  private Future<Void> insertAgendaItems(SqlClient client, UUID id, List<UUID> agendaItemIds) {
    if (agendaItemIds.isEmpty()) {
      return Future.succeededFuture();
    }
    List<Tuple> batch = new ArrayList<>();
    for (int i = 0; i < agendaItemIds.size(); i++) {
      batch.add(Tuple.of(id, agendaItemIds.get(i), i));
    }
    return client.preparedQuery(DocumentQueries.INSERT_AGENDA_ITEM).executeBatch(batch).mapEmpty();
  }

  private static Future<List<Document>> withLanguages(SqlClient client, RowSet<Row> rows) {
    if (rows.size() == 0) {
      return Future.succeededFuture(List.of());
    }
    List<UUID> ids = Rows.all(rows, row -> row.getUUID("id"));
    return client.preparedQuery(DocumentQueries.LANGUAGES).execute(Tuple.tuple().addArrayOfUUID(ids.toArray(UUID[]::new)))
        .map(versions -> {
          Map<UUID, List<LanguageVersion>> byDocument = new HashMap<>();
          versions.forEach(row -> byDocument.computeIfAbsent(row.getUUID("document_id"), k -> new ArrayList<>())
              .add(Rows.languageVersion(row)));
          return Rows.all(rows, row -> Rows.document(row, byDocument));
        });
  }
}
