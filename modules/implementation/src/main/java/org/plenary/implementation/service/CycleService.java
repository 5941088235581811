package org.plenary.implementation.service;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import java.time.Instant;
import org.plenary.implementation.api.ImplementationEvents;
import org.plenary.implementation.domain.Cycle;
import org.plenary.implementation.store.CycleStore;
import org.plenary.platform.audit.AuditLog;
import org.plenary.platform.events.Outbox;
import org.plenary.platform.failure.Failure;
import org.plenary.platform.identity.Participant;

/** Opening reporting cycles; each with its audit entry and event, in one transaction. */
public final class CycleService {

  private final Pool pool;
  private final CycleStore cycles;

  public CycleService(Pool pool, CycleStore cycles) {
    this.pool = pool;
    this.cycles = cycles;
  }

  public Future<Cycle> open(Participant actor, OpenCycle open, Instant at) {
    ReportRules.mayOpenCycle(actor);
    Cycle cycle = new Cycle(open.id(), open.title(), open.cutOff(), at);
    JsonObject payload = new JsonObject().put("cycleId", cycle.id()).put("title", cycle.title())
        .put("cutOff", cycle.cutOff().toString());
    return pool.withTransaction(conn -> cycles.insert(conn, cycle, actor.id()).compose(made -> {
      if (!made) {
        throw Failure.conflict("cycle-exists", "The cycle exists", "A reporting cycle '" + cycle.id()
            + "' is already open: give another id.").with("cycle", cycle.id());
      }
      return AuditLog.append(conn, actor.id(), ImplementationEvents.CYCLE_OPENED.name(), "reporting-cycle",
              cycle.id(), null, payload)
          .compose(v -> Outbox.record(conn, ImplementationEvents.CYCLE_OPENED, ImplementationEvents.CYCLES_STREAM,
              payload))
          .map(cycle);
    }));
  }
}
