package org.plenary.sessions.api;

import io.vertx.core.Future;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.plenary.platform.identity.Participant;

/** What the live streams need of a session's speakers lists: who may follow them. */
public interface SpeakersAccess {

  /**
   * Whether each reader attends the session, and so may follow its stream ({@code session:<id>}: its speakers
   * lists, the floor, statements); empty when there is no such session.
   */
  Future<Optional<List<Boolean>>> attendance(UUID sessionId, List<Optional<Participant>> readers);
}
