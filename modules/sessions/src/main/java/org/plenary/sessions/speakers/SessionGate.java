package org.plenary.sessions.speakers;

import io.vertx.core.Future;
import java.util.Optional;
import java.util.UUID;
import org.plenary.platform.failure.Failure;
import org.plenary.platform.identity.Participant;
import org.plenary.sessions.api.AgendaItemRef;
import org.plenary.sessions.api.SessionAudience;
import org.plenary.sessions.api.SessionRef;
import org.plenary.sessions.api.SessionStatus;
import org.plenary.sessions.api.SessionsAccess;

/**
 * The session and agenda item a list or statement belongs to, as the reader may know them: a session outside the
 * reader's audience is refused, naming the rule, so that nobody reads a States-only session's speakers.
 */
public final class SessionGate {

  private final SessionsAccess sessions;

  public SessionGate(SessionsAccess sessions) {
    this.sessions = sessions;
  }

  /** The session and its item, where the reader attends. */
  public record Attended(SessionRef session, AgendaItemRef item) {

    public SpeakingRules.Setting setting() {
      return new SpeakingRules.Setting(session.status() == SessionStatus.CONCLUDED,
          session.audience() == SessionAudience.STATES_AND_STAKEHOLDERS);
    }
  }

  public Future<Attended> attend(UUID sessionId, UUID agendaItemId, Optional<Participant> reader) {
    return attend(sessionId, reader).compose(session -> sessions.agendaItems(sessionId)
        .map(items -> items.stream().filter(item -> item.id().equals(agendaItemId)).findFirst()
            .orElseThrow(() -> Failure.notFound("agenda-item-not-found", "No such agenda item",
                "The session's agenda has no item " + agendaItemId + ".")))
        .map(item -> new Attended(session, item)));
  }

  public Future<SessionRef> attend(UUID sessionId, Optional<Participant> reader) {
    return sessions.session(sessionId).map(found -> {
      SessionRef session = found.orElseThrow(() -> Failure.notFound("session-not-found", "No such session",
          "There is no session " + sessionId + "."));
      if (!sessions.mayAttend(session, reader)) {
        if (reader.isEmpty()) {
          throw Failure.unauthenticated("session-audience", "Sign in",
              "The speakers lists and statements of a session are read by those who attend it: sign in.");
        }
        throw Failure.forbidden("session-audience", "Not in the session's audience",
            "The speakers lists and statements of this session are read by those who attend it ("
                + session.audience().wire() + ").");
      }
      return session;
    });
  }
}
