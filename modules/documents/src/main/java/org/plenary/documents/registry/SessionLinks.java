package org.plenary.documents.registry;

import io.vertx.core.Future;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.plenary.platform.failure.Failure;
import org.plenary.sessions.api.AgendaItemRef;
import org.plenary.sessions.api.SessionRef;
import org.plenary.sessions.api.SessionsAccess;

/** The sessions and agenda items documents and written inputs belong to, through the sessions context's port. */
public final class SessionLinks {

  private final SessionsAccess sessions;

  public SessionLinks(SessionsAccess sessions) {
    this.sessions = sessions;
  }

  public SessionsAccess access() {
    return sessions;
  }

  /** The session, or the refusal naming the request's field. */
  public Future<SessionRef> require(UUID sessionId) {
    return sessions.session(sessionId).map(found -> found.orElseThrow(() -> Failure.invalid("unknown-session",
        "There is no such session", "There is no session " + sessionId + " (field sessionId).",
        Map.of("field", "sessionId"))));
  }

  /** Agenda items belong to a session, and each must be on its current agenda. */
  public Future<Void> check(Optional<UUID> sessionId, List<UUID> agendaItemIds) {
    if (sessionId.isEmpty()) {
      if (!agendaItemIds.isEmpty()) {
        throw Failure.invalid("agenda-item-without-session", "Agenda items are a session's",
            "Agenda items are those of a session: give the sessionId they belong to.", Map.of("field", "sessionId"));
      }
      return Future.succeededFuture();
    }
    return require(sessionId.get()).compose(session -> requireOnAgenda(session, agendaItemIds)).mapEmpty();
  }

  /** The agenda items, in the order given, each on the session's current agenda. */
  public Future<List<AgendaItemRef>> requireOnAgenda(SessionRef session, List<UUID> agendaItemIds) {
    if (agendaItemIds.isEmpty()) {
      return Future.succeededFuture(List.of());
    }
    if (new HashSet<>(agendaItemIds).size() != agendaItemIds.size()) {
      throw Failure.invalid("agenda-item-twice", "An agenda item is named twice",
          "Each agenda item is named once (field agendaItemIds).", Map.of("field", "agendaItemIds"));
    }
    return sessions.agendaItems(session.id()).map(items -> {
      Set<UUID> onAgenda = new HashSet<>(items.stream().map(AgendaItemRef::id).toList());
      agendaItemIds.stream().filter(id -> !onAgenda.contains(id)).findFirst().ifPresent(id -> {
        throw Failure.invalid("agenda-item-not-of-session", "The agenda item is not on the session's agenda",
            "Agenda item " + id + " is not on the agenda of " + session.title() + ".", Map.of("field", "agendaItemIds"));
      });
      return items.stream().filter(item -> agendaItemIds.contains(item.id())).toList();
    });
  }

  /** The session of a document and its agenda items as the session's agenda names them now. */
  public Future<Optional<SessionRef>> session(Optional<UUID> sessionId) {
    return sessionId.map(sessions::session).orElse(Future.succeededFuture(Optional.empty()));
  }

  public Future<List<AgendaItemRef>> agendaItems(Optional<UUID> sessionId, List<UUID> agendaItemIds) {
    if (sessionId.isEmpty() || agendaItemIds.isEmpty()) {
      return Future.succeededFuture(List.of());
    }
    return sessions.agendaItems(sessionId.get())
        .map(items -> items.stream().filter(item -> agendaItemIds.contains(item.id())).toList());
  }
}
