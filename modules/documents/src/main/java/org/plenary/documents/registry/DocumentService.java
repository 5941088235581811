package org.plenary.documents.registry;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.pgclient.PgException;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.SqlConnection;
import java.util.Optional;
import java.util.UUID;
import org.plenary.documents.api.DocumentEvents;
import org.plenary.platform.audit.AuditLog;
import org.plenary.platform.events.Outbox;
import org.plenary.platform.failure.Failure;
import org.plenary.platform.identity.Participant;
import org.plenary.platform.text.DocumentSymbol;

/** Issuing documents: the symbol's family checked, the record, its audit entry and event in one transaction. */
public final class DocumentService {

  private final Pool pool;
  private final DocumentStore documents;
  private final SessionLinks sessions;
  private final DraftLinks drafts;

  public DocumentService(Pool pool, DocumentStore documents, SessionLinks sessions, DraftLinks drafts) {
    this.pool = pool;
    this.documents = documents;
    this.sessions = sessions;
    this.drafts = drafts;
  }

  /** The new document's id. */
  public Future<UUID> issue(Participant secretariat, IssueDocument command) {
    DocumentRules.mayIssue(secretariat);
    return sessions.check(command.sessionId(), command.agendaItemIds())
        .compose(ok -> command.draft().map(draft -> drafts.check(draft, secretariat))
            .orElse(Future.succeededFuture()))
        .compose(ok -> pool.withTransaction(conn -> insert(conn, secretariat, command)))
        .recover(DocumentService::symbolTaken);
  }

  private Future<UUID> insert(SqlConnection conn, Participant secretariat, IssueDocument command) {
    DocumentSymbol symbol = command.symbol();
    return documents.findBySymbol(conn, symbol.text())
        .compose(existing -> {
          if (existing.isPresent()) {
            throw taken(symbol);
          }
          return predecessor(conn, symbol);
        })
        .compose(predecessor -> documents.insert(conn, new DocumentStore.NewDocument(command,
            predecessor.orElse(null), secretariat.id())))
        .compose(id -> {
          JsonObject payload = new JsonObject().put("documentId", id.toString()).put("symbol", symbol.text())
              .put("distribution", command.distribution().wire());
          command.sessionId().ifPresent(session -> payload.put("sessionId", session.toString()));
          return AuditLog.append(conn, secretariat.id(), DocumentEvents.DOCUMENT_ISSUED.name(), "document", id.toString(), null,
                  payload.copy().put("title", command.title()))
              .compose(v -> Outbox.record(conn, DocumentEvents.DOCUMENT_ISSUED, "document:" + id, payload))
              .compose(v -> command.sessionId().map(session -> Outbox.record(conn, DocumentEvents.DOCUMENT_ISSUED,
                  "session:" + session, payload)).orElse(Future.succeededFuture()))
              .map(id);
        });
  }

  /** What the symbol revises, corrects or adds to: it must be in the registry already. */
  private Future<Optional<UUID>> predecessor(SqlConnection conn, DocumentSymbol symbol) {
    Optional<DocumentSymbol> predecessor = symbol.predecessor();
    if (predecessor.isEmpty()) {
      return Future.succeededFuture(Optional.empty());
    }
    String before = predecessor.get().text();
    return documents.findBySymbol(conn, before).map(found -> Optional.of(found.map(Document::id).orElseThrow(() ->
        Failure.unprocessable("predecessor-not-issued", "What this document " + symbol.relation().orElseThrow().wire()
            + " is not in the registry", symbol.text() + " " + symbol.relation().orElseThrow().wire().replace('-', ' ')
            + " " + before + ", which the registry does not hold: issue " + before + " first."))));
  }

  /** Two issues of one symbol at once: the second meets the unique symbol. */
  private static Future<UUID> symbolTaken(Throwable failure) {
    if (failure instanceof PgException pg && "23505".equals(pg.getSqlState())) {
      return Future.failedFuture(Failure.conflict("symbol-taken", "The symbol is taken",
          "Another document was issued under this symbol at the same moment; a symbol names one document."));
    }
    return Future.failedFuture(failure);
  }

  private static Failure taken(DocumentSymbol symbol) {
    int revision = symbol.chain().stream().filter(s -> s.relation() == DocumentSymbol.Relation.REVISES)
        .mapToInt(DocumentSymbol.Suffix::number).findFirst().orElse(0);
    String next = symbol.base().text() + "/Rev." + (revision + 1);
    return Failure.conflict("symbol-taken", "The symbol is taken", "The registry already holds " + symbol.text()
        + "; a symbol names one document. A new text is issued as a revision (" + next + "), a correction as a"
        + " corrigendum (" + symbol.text() + "/Corr.1).");
  }
}
