package org.plenary.sessions.api;

import io.vertx.core.Future;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.plenary.platform.identity.Participant;

/** The sessions as other bounded contexts (documents, written inputs) see them. */
public interface SessionsAccess {

  /** The session, if it exists (whoever reads: callers apply the audience to what they show). */
  Future<Optional<SessionRef>> session(UUID sessionId);

  /** The agenda items of the session's current agenda (provisional or adopted), in order, sub-items after their item. */
  Future<List<AgendaItemRef>> agendaItems(UUID sessionId);

  /** Whether this participant may read the session's material (its audience: States only, or States and accredited stakeholders). */
  boolean mayAttend(SessionRef session, Optional<Participant> reader);
}
