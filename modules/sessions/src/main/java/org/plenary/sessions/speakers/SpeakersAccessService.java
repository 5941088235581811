package org.plenary.sessions.speakers;

import io.vertx.core.Future;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.plenary.platform.identity.Participant;
import org.plenary.sessions.api.SessionsAccess;
import org.plenary.sessions.api.SpeakersAccess;

/** Who may follow a session's speakers lists: those who attend the session, by its own rule. */
final class SpeakersAccessService implements SpeakersAccess {

  private final SessionsAccess sessions;

  SpeakersAccessService(SessionsAccess sessions) {
    this.sessions = sessions;
  }

  @Override
  public Future<Optional<List<Boolean>>> attendance(UUID sessionId, List<Optional<Participant>> readers) {
    return sessions.session(sessionId).map(found -> found.map(session -> readers.stream()
        .map(reader -> sessions.mayAttend(session, reader)).toList()));
  }
}
