package org.plenary.capacity.service;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.plenary.capacity.matching.OfferProfile;
import org.plenary.capacity.store.OfferStore;

/**
 * This server's copy of the matchable offers (open, with capacity left), brought up to date from
 * PostgreSQL before every use by asking for the offers written since the last version it saw: one
 * indexed query that usually finds nothing. Offer versions commit in order (V21), so a copy that has
 * seen a version has seen every change before it, whichever server made it.
 */
final class OfferCopy {

  private record Snapshot(long version, Map<UUID, OfferProfile> byId, List<OfferProfile> offers) {
  }

  private final Vertx vertx;
  private final OfferStore store;
  private final AtomicReference<Snapshot> current = new AtomicReference<>(new Snapshot(0, Map.of(), List.of()));

  OfferCopy(Vertx vertx, OfferStore store) {
    this.vertx = vertx;
    this.store = store;
  }

  /** Every matchable offer as of now. */
  Future<List<OfferProfile>> offers() {
    return store.changedSince(current.get().version()).compose(changes -> changes.isEmpty()
        ? Future.succeededFuture(current.get().offers())
        : vertx.executeBlocking(() -> apply(changes).offers(), false));
  }

  /** Applies the changes newer than the copy; a concurrent catch-up may have applied some already. */
  private synchronized Snapshot apply(List<OfferStore.Change> changes) {
    Snapshot base = current.get();
    Map<UUID, OfferProfile> byId = new HashMap<>(base.byId());
    long version = base.version();
    for (OfferStore.Change change : changes) {
      if (change.version() > base.version()) {
        change.profile().ifPresentOrElse(offer -> byId.put(change.id(), offer), () -> byId.remove(change.id()));
        version = Math.max(version, change.version());
      }
    }
    Snapshot next = new Snapshot(version, byId, List.copyOf(byId.values()));
    current.set(next);
    return next;
  }
}
