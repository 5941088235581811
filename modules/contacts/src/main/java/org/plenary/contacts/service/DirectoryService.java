package org.plenary.contacts.service;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.plenary.contacts.api.ContactsEvents;
import org.plenary.contacts.domain.ContactEntry;
import org.plenary.contacts.domain.SaveEntry;
import org.plenary.contacts.store.DirectoryStore;
import org.plenary.platform.audit.AuditLog;
import org.plenary.platform.events.Outbox;
import org.plenary.platform.failure.Failure;
import org.plenary.platform.identity.Participant;

/**
 * The directory: reading it as the rules allow, and a State's delegates saving a new version of its entry. A save
 * locks the entry, so concurrent saves are serialised and the second learns it is stale; each writes its audit
 * entry and its event in its transaction.
 */
public final class DirectoryService {

  private final Pool pool;
  private final DirectoryStore store;

  public DirectoryService(Pool pool, DirectoryStore store) {
    this.pool = pool;
    this.store = store;
  }

  /** Every State's entry that names someone, for the directory's readers. */
  public Future<List<ContactEntry>> directory(Optional<Participant> reader) {
    ContactRules.requireDirectory(reader);
    return store.list();
  }

  /** One State's entry (version 0 when it nominated nobody), or a 404 for those who may not read it. */
  public Future<ContactEntry> entry(Optional<Participant> reader, String stateId) {
    return store.find(stateId).map(found -> found.filter(e -> ContactRules.mayReadEntry(reader, e))
        .orElseThrow(ContactRules::hidden));
  }

  public Future<List<ContactEntry>> history(Optional<Participant> reader, String stateId) {
    return entry(reader, stateId).compose(latest -> store.history(stateId));
  }

  public Future<ContactEntry> save(Participant actor, SaveEntry save, Instant at) {
    ContactRules.mayNominate(actor, save.stateId());
    return pool.withTransaction(conn -> store.lock(conn, save.stateId()).compose(latest -> {
      if (save.baseVersion() != latest) {
        if (save.baseVersion() > latest) {
          throw Failure.conflict("unknown-contacts-version", "No such version", "The points of contact of "
              + save.stateId() + " have no version " + save.baseVersion() + ": save from version " + latest + ".");
        }
        return store.version(conn, save.stateId(), latest).map(newer -> {
          throw new StaleEntry(save.baseVersion(), newer.orElseThrow());
        });
      }
      int version = latest + 1;
      return store.write(conn, save, version, actor.id(), actor.displayName(), at).compose(made -> {
        if (!made) {
          throw Failure.conflict("contacts-saved-meanwhile", "Saved meanwhile", "Another delegate of "
              + save.stateId() + " saved the first points of contact meanwhile: reload them and save again.");
        }
        JsonObject payload = new JsonObject().put("stateId", save.stateId()).put("version", version)
            .put("contacts", save.contacts().size()).put("membersMayRead", save.membersMayRead());
        return AuditLog.append(conn, actor.id(), ContactsEvents.ENTRY_SAVED.name(), "contact-entry",
                save.stateId(), null, payload)
            .compose(v -> Outbox.record(conn, ContactsEvents.ENTRY_SAVED, ContactsEvents.stream(save.stateId()),
                payload))
            .compose(v -> store.find(conn, save.stateId())).map(Optional::orElseThrow);
      });
    }));
  }
}
