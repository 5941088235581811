package org.plenary.sessions.service;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.plenary.platform.audit.AuditLog;
import org.plenary.platform.events.Outbox;
import org.plenary.platform.failure.Failure;
import org.plenary.platform.identity.Participant;
import org.plenary.sessions.api.SessionEvents;
import org.plenary.sessions.domain.AgendaItem;
import org.plenary.sessions.domain.AgendaStatus;
import org.plenary.sessions.domain.AgendaVersion;
import org.plenary.sessions.domain.Session;
import org.plenary.sessions.store.AgendaStore;
import org.plenary.sessions.store.SessionStore;

/**
 * Setting a session's agenda. Every agenda set is kept as a version; while the agenda is provisional a new version
 * replaces it freely, once adopted only with a reason (and it stays adopted, as amended).
 */
public final class AgendaService {

  private final Pool pool;
  private final SessionStore sessions;
  private final AgendaStore agendas;
  private final LinkCheck links;

  public AgendaService(Pool pool, SessionStore sessions, AgendaStore agendas, LinkCheck links) {
    this.pool = pool;
    this.sessions = sessions;
    this.agendas = agendas;
    this.links = links;
  }

  public Future<AgendaVersion> set(Participant actor, UUID sessionId, AgendaDraft draft, Instant at) {
    SessionRules.mayRun(actor, "set agendas");
    return links.requireKnown(draft).compose(checked -> pool.withTransaction(conn -> sessions.lock(conn, sessionId)
        .map(found -> found.orElseThrow(() -> notFound(sessionId)))
        .compose(session -> {
          SessionRules.requireOpen(session, "agenda");
          return agendas.latest(conn, sessionId).compose(latest -> agendas.currentItems(conn, sessionId)
              .compose(current -> {
                AgendaStatus status = latest.filter(AgendaVersion::isAdopted).isPresent() ? AgendaStatus.ADOPTED
                    : AgendaStatus.PROVISIONAL;
                if (status == AgendaStatus.ADOPTED && draft.reason().isEmpty()) {
                  throw Failure.invalid("reason-required", "A reason is required",
                      "The agenda of session " + sessionId + " is adopted: it changes only by a new version with a"
                          + " reason (field reason).");
                }
                List<UUID> known = current.stream().map(AgendaItem::id).toList();
                List<AgendaItem> items = number(draft.items(), known);
                AgendaVersion version = new AgendaVersion(UUID.randomUUID(), sessionId,
                    latest.map(AgendaVersion::version).orElse(0) + 1, status, draft.reason(), items, actor.id(), at);
                return agendas.replaceItems(conn, sessionId, items, known, at)
                    .compose(v -> agendas.insertVersion(conn, version))
                    .compose(v -> recordVersion(conn, actor, session, version, SessionEvents.AGENDA_PUBLISHED))
                    .map(version);
              }));
        })));
  }

  /** Adopts the provisional agenda at the session's opening: a new version, adopted, with the same items. */
  public Future<AgendaVersion> adopt(Participant actor, UUID sessionId, Instant at) {
    SessionRules.mayRun(actor, "adopt agendas");
    return pool.withTransaction(conn -> sessions.lock(conn, sessionId)
        .map(found -> found.orElseThrow(() -> notFound(sessionId)))
        .compose(session -> agendas.latest(conn, sessionId).compose(latest -> {
          SessionRules.requireAdoptable(session, latest.isPresent(), latest.filter(AgendaVersion::isAdopted).isPresent());
          AgendaVersion provisional = latest.orElseThrow();
          AgendaVersion adopted = new AgendaVersion(UUID.randomUUID(), sessionId, provisional.version() + 1,
              AgendaStatus.ADOPTED, Optional.empty(), provisional.items(), actor.id(), at);
          return agendas.insertVersion(conn, adopted)
              .compose(v -> recordVersion(conn, actor, session, adopted, SessionEvents.AGENDA_ADOPTED))
              .map(adopted);
        })));
  }

  /** The version's audit entry and event. */
  static Future<Void> recordVersion(io.vertx.sqlclient.SqlConnection conn, Participant actor, Session session,
                                    AgendaVersion version, org.plenary.platform.events.EventType type) {
    JsonObject payload = new JsonObject().put("sessionId", session.id().toString())
        .put("version", version.version()).put("status", version.status().wire())
        .put("items", version.items().size());
    return AuditLog.append(conn, actor.id(), type.name(), "session", session.id().toString(),
            version.reason().orElse(null), payload)
        .compose(v -> Outbox.record(conn, type, SessionEvents.stream(session.id()), payload));
  }

  /** Items numbered by their order ("1", "2", sub-items "2(a)"), sub-items after their item. */
  static List<AgendaItem> number(List<AgendaDraft.Item> drafts, List<UUID> known) {
    List<AgendaItem> items = new ArrayList<>();
    Set<UUID> seen = new HashSet<>();
    for (int i = 0; i < drafts.size(); i++) {
      AgendaDraft.Item item = drafts.get(i);
      String number = String.valueOf(i + 1);
      UUID id = idOf(item, "#/items/" + i, known, seen);
      items.add(new AgendaItem(id, Optional.empty(), items.size(), number, item.title(), item.topics(),
          item.threads(), item.drafts()));
      for (int j = 0; j < item.subItems().size(); j++) {
        AgendaDraft.Item sub = item.subItems().get(j);
        UUID subId = idOf(sub, "#/items/" + i + "/subItems/" + j, known, seen);
        items.add(new AgendaItem(subId, Optional.of(id), items.size(), number + "(" + (char) ('a' + j) + ")",
            sub.title(), sub.topics(), sub.threads(), sub.drafts()));
      }
    }
    return List.copyOf(items);
  }

  private static UUID idOf(AgendaDraft.Item item, String location, List<UUID> known, Set<UUID> seen) {
    UUID id = item.id().orElseGet(UUID::randomUUID);
    if (item.id().isPresent() && !known.contains(id)) {
      throw Failure.invalidAt("request body", location + "/id", "must be the id of an item of the session's current"
          + " agenda (" + id + " is not); leave it out for a new item");
    }
    if (!seen.add(id)) {
      throw Failure.invalidAt("request body", location + "/id", "must not repeat an item already given (" + id + ")");
    }
    return id;
  }

  static Failure notFound(UUID sessionId) {
    return Failure.notFound("There is no session " + sessionId + ".");
  }
}
