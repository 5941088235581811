package org.plenary.documents.registry;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.SqlConnection;
import java.util.UUID;
import org.plenary.documents.api.DocumentEvents;
import org.plenary.platform.audit.AuditLog;
import org.plenary.platform.events.Outbox;
import org.plenary.platform.files.FileStore;
import org.plenary.platform.files.Upload;
import org.plenary.platform.identity.Participant;

/**
 * Adding a document's version in one language, or replacing it: the file and the version's row in one transaction
 * (a failed record leaves no file), audited, an event. A replaced file stays in the store, unreferenced: the record
 * of what was issued is not erased.
 */
public final class LanguageVersionService {

  private final Pool pool;
  private final DocumentStore documents;
  private final FileStore files;

  public LanguageVersionService(Pool pool, DocumentStore documents, FileStore files) {
    this.pool = pool;
    this.documents = documents;
    this.files = files;
  }

  /** What the Secretariat marks on a version as it uploads it. */
  public record Marks(String language, boolean original, boolean advanceUnedited) {
  }

  public Future<Void> put(Participant secretariat, UUID documentId, Marks marks, Upload upload) {
    DocumentRules.mayIssue(secretariat);
    return pool.withTransaction(conn -> documents.lock(conn, documentId)
        .map(found -> found.orElseThrow(() -> DocumentRules.notFound(documentId.toString())))
        .compose(document -> files.store(conn, upload)
            .compose(file -> documents.putLanguageVersion(conn, new DocumentStore.NewVersion(documentId,
                marks.language(), marks.original(), marks.advanceUnedited(), file.id(), secretariat.id())))
            .compose(replaced -> record(conn, secretariat, document, marks, upload, replaced))));
  }

  private static Future<Void> record(SqlConnection conn, Participant secretariat, DocumentStore.Locked document,
                                     Marks marks, Upload upload, boolean replaced) {
    JsonObject payload = new JsonObject().put("documentId", document.id().toString()).put("symbol", document.symbol())
        .put("language", marks.language()).put("replaced", replaced);
    return AuditLog.append(conn, secretariat.id(), DocumentEvents.LANGUAGE_VERSION_ADDED.name(), "document",
            document.id().toString(), null, payload.copy().put("filename", upload.filename())
                .put("sha256", upload.sha256()).put("size", upload.size()).put("original", marks.original())
                .put("advanceUnedited", marks.advanceUnedited()))
        .compose(v -> Outbox.record(conn, DocumentEvents.LANGUAGE_VERSION_ADDED, "document:" + document.id(), payload))
        .compose(v -> document.sessionId().map(session -> Outbox.record(conn, DocumentEvents.LANGUAGE_VERSION_ADDED,
            "session:" + session, payload)).orElse(Future.succeededFuture()));
  }
}
