package org.plenary.documents.inputs;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.SqlConnection;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.plenary.documents.api.DocumentEvents;
import org.plenary.documents.registry.SessionLinks;
import org.plenary.platform.audit.AuditLog;
import org.plenary.platform.events.EventType;
import org.plenary.platform.events.Outbox;
import org.plenary.platform.failure.Failure;
import org.plenary.platform.files.FileStore;
import org.plenary.platform.files.Upload;
import org.plenary.platform.identity.Participant;
import org.plenary.sessions.api.SessionRef;
import org.plenary.sessions.api.SessionStatus;

/** Submitting, resubmitting, publishing and returning written inputs; each write audited, each an event. */
public final class InputService {

  private final Pool pool;
  private final InputStore inputs;
  private final SessionLinks sessions;
  private final FileStore files;
  private final Clock clock;

  public InputService(Pool pool, InputStore inputs, SessionLinks sessions, FileStore files, Clock clock) {
    this.pool = pool;
    this.inputs = inputs;
    this.sessions = sessions;
    this.files = files;
    this.clock = clock;
  }

  /**
   * Attaches a file to the organization's input (a new one replaces it) while the Secretariat has not published it:
   * the file and the record in one transaction.
   */
  public Future<Void> attachFile(Participant author, UUID id, Upload upload) {
    return pool.withTransaction(conn -> inputs.lock(conn, id).compose(found -> {
      WrittenInput input = found.filter(i -> InputRules.mayRead(i, java.util.Optional.of(author)))
          .orElseThrow(() -> InputRules.notFound(id));
      InputRules.mayResubmit(author, input);
      if (input.status() == InputStatus.PUBLISHED) {
        throw Failure.conflict("input-already-published", "The written input is published",
            "A published written input stays as it was published, its file included.");
      }
      return files.store(conn, upload).compose(file -> inputs.setFile(conn, id, file.id())
          .compose(v -> AuditLog.append(conn, author.id(), "written-input.file-attached", "written-input",
              id.toString(), null, payload(id, input.sessionId(), input.organization().id())
                  .put("filename", upload.filename()).put("sha256", upload.sha256()).put("size", upload.size())))
          .compose(v -> Outbox.record(conn, DocumentEvents.INPUT_SUBMITTED, "organization:"
              + input.organization().id(), payload(id, input.sessionId(), input.organization().id()))));
    }));
  }

  /** The new input's id. */
  public Future<UUID> submit(Participant author, SubmitInput input) {
    InputRules.maySubmit(author, input.organizationId());
    return openSession(input.sessionId(), input)
        .compose(ok -> pool.withTransaction(conn -> inputs.insert(conn, input, author.organization().id(), author.id(),
                clock.instant())
            .compose(id -> record(conn, author, "written-input.submitted", DocumentEvents.INPUT_SUBMITTED, id,
                input.sessionId(), author.organization().id(), null).map(id))));
  }

  public Future<Void> resubmit(Participant author, UUID id, SubmitInput change) {
    return pool.withTransaction(conn -> inputs.lock(conn, id).compose(found -> {
      WrittenInput input = found.filter(i -> InputRules.mayRead(i, java.util.Optional.of(author)))
          .orElseThrow(() -> InputRules.notFound(id));
      InputRules.mayResubmit(author, input);
      if (input.status() == InputStatus.PUBLISHED) {
        throw Failure.conflict("input-already-published", "The written input is published",
            "A published written input stays as it was published; submit a new one instead.");
      }
      return openSession(input.sessionId(), change)
          .compose(ok -> inputs.resubmit(conn, id, change, author.id(), clock.instant()))
          .compose(v -> record(conn, author, "written-input.resubmitted", DocumentEvents.INPUT_SUBMITTED, id,
              input.sessionId(), input.organization().id(), null));
    }));
  }

  public Future<Void> publish(Participant secretariat, UUID id) {
    InputRules.mayReview(secretariat);
    return pool.withTransaction(conn -> requireSubmitted(conn, id, "published")
        .compose(input -> inputs.publish(conn, id, secretariat.id(), clock.instant())
            .compose(v -> record(conn, secretariat, "written-input.published", DocumentEvents.INPUT_PUBLISHED, id,
                input.sessionId(), input.organization().id(), null))
            .compose(v -> Outbox.record(conn, DocumentEvents.INPUT_PUBLISHED, "session:" + input.sessionId(),
                payload(id, input.sessionId(), input.organization().id())))));
  }

  public Future<Void> returnWithReason(Participant secretariat, UUID id, String reason) {
    InputRules.mayReview(secretariat);
    String shown = reason.strip();
    return pool.withTransaction(conn -> requireSubmitted(conn, id, "returned")
        .compose(input -> inputs.returnWithReason(conn, id, secretariat.id(), shown, clock.instant())
            .compose(v -> record(conn, secretariat, "written-input.returned", DocumentEvents.INPUT_RETURNED, id,
                input.sessionId(), input.organization().id(), shown))));
  }

  private Future<WrittenInput> requireSubmitted(SqlConnection conn, UUID id, String decision) {
    return inputs.lock(conn, id).map(found -> {
      WrittenInput input = found.orElseThrow(() -> InputRules.notFound(id));
      if (input.status() != InputStatus.SUBMITTED) {
        throw Failure.conflict("input-not-submitted", "The written input is not awaiting review",
            "Only a submitted written input is " + decision + "; this one is " + input.status().wire() + ".");
      }
      return input;
    });
  }

  /**
   * The session takes inputs until it is concluded, if stakeholders attend it; the agenda item, if any, is on its
   * agenda.
   */
  private Future<SessionRef> openSession(UUID sessionId, SubmitInput input) {
    return sessions.require(sessionId).compose(session -> {
      InputRules.mayAddress(session);
      if (session.status() == SessionStatus.CONCLUDED) {
        throw Failure.conflict("session-concluded", "The session is concluded",
            session.title() + " is concluded: it takes no more written inputs.");
      }
      return sessions.requireOnAgenda(session, input.agendaItemId().map(List::of).orElse(List.of())).map(session);
    });
  }

  private static Future<Void> record(SqlConnection conn, Participant actor, String action, EventType type, UUID id,
                                     UUID sessionId, String organizationId, String reason) {
    JsonObject payload = payload(id, sessionId, organizationId);
    if (reason != null) {
      payload.put("reason", reason);
    }
    return AuditLog.append(conn, actor.id(), action, "written-input", id.toString(), reason, payload)
        .compose(v -> Outbox.record(conn, type, "organization:" + organizationId, payload));
  }

  private static JsonObject payload(UUID id, UUID sessionId, String organizationId) {
    return new JsonObject().put("inputId", id.toString()).put("sessionId", sessionId.toString())
        .put("organizationId", organizationId);
  }
}
