package org.plenary.sessions.service;

import io.vertx.core.Future;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.plenary.platform.identity.Participant;
import org.plenary.sessions.api.AgendaItemRef;
import org.plenary.sessions.api.SessionRef;
import org.plenary.sessions.api.SessionsAccess;
import org.plenary.sessions.domain.Session;
import org.plenary.sessions.store.AgendaStore;
import org.plenary.sessions.store.SessionStore;

/** The sessions port, read from the stores with the rules of {@link SessionRules}. */
public final class SessionsAccessService implements SessionsAccess {

  private final SessionStore sessions;
  private final AgendaStore agendas;

  public SessionsAccessService(SessionStore sessions, AgendaStore agendas) {
    this.sessions = sessions;
    this.agendas = agendas;
  }

  @Override
  public Future<Optional<SessionRef>> session(UUID sessionId) {
    return sessions.find(sessionId).map(found -> found.map(Session::ref));
  }

  @Override
  public Future<List<AgendaItemRef>> agendaItems(UUID sessionId) {
    return agendas.currentItems(sessionId).map(items -> items.stream()
        .map(item -> new AgendaItemRef(item.id(), sessionId, item.number(), item.title())).toList());
  }

  @Override
  public boolean mayAttend(SessionRef session, Optional<Participant> reader) {
    return SessionRules.mayAttend(session.audience(), reader);
  }
}
