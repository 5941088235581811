package org.plenary.sessions.statements;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.plenary.platform.audit.AuditLog;
import org.plenary.platform.events.Outbox;
import org.plenary.platform.failure.Failure;
import org.plenary.platform.files.FileStore;
import org.plenary.platform.files.StoredFile;
import org.plenary.platform.files.Upload;
import org.plenary.platform.identity.Participant;
import org.plenary.sessions.api.SessionAudience;
import org.plenary.sessions.api.SessionEvents;
import org.plenary.sessions.api.SessionKind;
import org.plenary.sessions.api.SessionRef;
import org.plenary.sessions.api.SessionStatus;
import org.plenary.sessions.api.SessionsAccess;
import org.plenary.sessions.api.SpeakerEvents;
import org.plenary.sessions.speakers.SessionGate;
import org.plenary.sessions.speakers.SpeakerEntry;
import org.plenary.sessions.speakers.SpeakersList;
import org.plenary.sessions.speakers.SpeakersStore;
import org.plenary.sessions.speakers.SpeakingRules;

/**
 * Posts statements on their speakers-list entries and reads them as the session's audience allows: by agenda item,
 * and as a State's history across sessions. A post is one transaction with its audit entry and its event.
 */
public final class StatementService {

  private final Pool pool;
  private final StatementStore store;
  private final SpeakersStore speakers;
  private final SessionGate gate;
  private final SessionsAccess sessions;
  private final FileStore files;

  public StatementService(Pool pool, StatementStore store, SpeakersStore speakers, SessionGate gate,
                          SessionsAccess sessions, FileStore files) {
    this.files = files;
    this.pool = pool;
    this.store = store;
    this.speakers = speakers;
    this.gate = gate;
    this.sessions = sessions;
  }

  public Future<Statement> post(Participant author, NewStatement s, Instant at) {
    return listOf(s.entryId()).compose(list -> gate.attend(list.sessionId(), list.agendaItemId(), Optional.of(author))
        .compose(attended -> {
          SpeakerEntry entry = list.entry(s.entryId()).orElseThrow(() -> entryNotFound(s.entryId()));
          StatementRules.mayPost(author, entry, attended.setting());
          return pool.withTransaction(conn -> store.insert(conn, entry, list.sessionId(), list.agendaItemId(), s,
                  author.id(), at)
              .map(made -> made.orElseThrow(() -> Failure.conflict("one-statement-per-inscription",
                  "The statement is posted", entry.speaker().name() + " has already posted its statement for this"
                      + " inscription.")))
              .compose(id -> {
                JsonObject payload = new JsonObject().put("sessionId", list.sessionId().toString())
                    .put("agendaItemId", list.agendaItemId().toString()).put("entryId", entry.id().toString())
                    .put("statementId", id.toString()).put("organizationId", entry.speaker().id());
                return AuditLog.append(conn, author.id(), SpeakerEvents.STATEMENT_POSTED.name(), "statement",
                        id.toString(), null, payload.copy().put("language", s.language().wire()))
                    .compose(done -> Outbox.record(conn, SpeakerEvents.STATEMENT_POSTED,
                        SessionEvents.stream(list.sessionId()), payload))
                    .compose(done -> store.find(conn, id)).map(Optional::orElseThrow);
              }));
        }));
  }

  /**
   * Attaches the statement's file: the bytes, their {@code files} row and the statement's reference to them in one
   * transaction, with its audit entry and event, so that a refused or failed attach leaves no file behind.
   */
  public Future<Statement> attachFile(Participant author, UUID statementId, Upload upload, Instant at) {
    return read(statementId, Optional.of(author)).compose(statement -> gate.attend(statement.sessionId(),
            Optional.of(author)).compose(session -> {
              StatementRules.mayAttach(author, statement, new SpeakingRules.Setting(
                  session.status() == SessionStatus.CONCLUDED, false));
              return pool.withTransaction(conn -> files.store(conn, upload)
                  .compose(file -> store.attachFile(conn, statementId, file.id()).compose(attached -> {
                    if (!attached) {
                      throw Failure.conflict("one-file-per-statement", "The statement has its file",
                          "The statement already has its file.");
                    }
                    JsonObject payload = new JsonObject().put("sessionId", statement.sessionId().toString())
                        .put("agendaItemId", statement.agendaItemId().toString())
                        .put("statementId", statementId.toString()).put("fileId", file.id().toString());
                    return AuditLog.append(conn, author.id(), SpeakerEvents.STATEMENT_FILE_ATTACHED.name(),
                            "statement", statementId.toString(), null, payload.copy().put("sha256", file.sha256()))
                        .compose(done -> Outbox.record(conn, SpeakerEvents.STATEMENT_FILE_ATTACHED,
                            SessionEvents.stream(statement.sessionId()), payload));
                  }))
                  .compose(done -> store.find(conn, statementId)).map(Optional::orElseThrow));
            }));
  }

  /** The statement's file, where the reader attends its session. */
  public Future<StoredFile> fileOf(UUID statementId, Optional<Participant> reader) {
    return read(statementId, reader).map(statement -> statement.file().orElseThrow(() -> Failure.notFound(
        "statement-has-no-file", "No file", "The statement " + statementId + " has no file.")));
  }

  /** The statement, where the reader attends its session. */
  public Future<Statement> read(UUID statementId, Optional<Participant> reader) {
    return store.find(statementId).map(found -> found.orElseThrow(() -> Failure.notFound("statement-not-found",
            "No such statement", "There is no statement " + statementId + ".")))
        .compose(statement -> gate.attend(statement.sessionId(), reader).map(session -> statement));
  }

  /** A page of the statements under an item, where the reader attends the session. */
  public Future<List<Statement>> ofItem(UUID sessionId, UUID agendaItemId, Optional<Participant> reader,
                                        Instant afterPosted, UUID afterId, int limit) {
    return gate.attend(sessionId, agendaItemId, reader)
        .compose(attended -> store.ofItem(agendaItemId, afterPosted, afterId, limit));
  }

  /** A page of an organization's statements, in the sessions the reader attends. */
  public Future<List<Statement>> ofOrganization(String organizationId, Optional<Participant> reader,
                                                Instant afterPosted, UUID afterId, int limit) {
    List<String> audiences = Arrays.stream(SessionAudience.values())
        .filter(audience -> sessions.mayAttend(probe(audience), reader)).map(SessionAudience::wire).toList();
    if (audiences.isEmpty()) {
      return Future.succeededFuture(List.of());
    }
    return store.ofOrganization(organizationId, audiences, afterPosted, afterId, limit);
  }

  /** A session of that audience, to ask the sessions' own rule whether the reader attends such sessions. */
  private static SessionRef probe(SessionAudience audience) {
    return new SessionRef(null, SessionKind.SUBSTANTIVE, "", 1, SessionStatus.IN_PROGRESS, audience, LocalDate.MIN,
        LocalDate.MIN);
  }

  private Future<SpeakersList> listOf(UUID entryId) {
    return speakers.listOfEntry(pool, entryId).map(found -> found.orElseThrow(() -> entryNotFound(entryId)))
        .compose(listId -> speakers.list(pool, listId)).map(Optional::orElseThrow)
        .compose(head -> speakers.withEntries(pool, head));
  }

  private static Failure entryNotFound(UUID entryId) {
    return Failure.notFound("speakers-entry-not-found", "No such inscription",
        "There is no inscription " + entryId + " on any speakers list.");
  }
}
