package org.plenary.implementation.service;

import io.vertx.core.Future;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.plenary.implementation.domain.Compilation;
import org.plenary.implementation.store.CompilationStore;
import org.plenary.implementation.store.CycleStore;
import org.plenary.platform.identity.Participant;

/**
 * Compiles a cycle's published reports on demand, so a new version published before the cut-off is in the next
 * export; the publications made after the cut-off date (UTC) are late and leave the compilation as it was.
 */
public final class CompilationReading {

  private final CycleStore cycles;
  private final CompilationStore store;

  public CompilationReading(CycleStore cycles, CompilationStore store) {
    this.cycles = cycles;
    this.store = store;
  }

  public Future<Compilation> compile(Optional<Participant> reader, String cycleId, Instant now) {
    ReportRules.mayReadCompilation(reader);
    boolean readsStates = ReportRules.readsStatesReports(reader);
    return cycles.find(cycleId).compose(found -> {
      var cycle = found.orElseThrow(() -> ReportService.noCycle(cycleId));
      Instant inTime = cycle.cutOff().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
      return store.compiled(cycleId, inTime, readsStates).map(reports -> new Compilation(cycle, reports, now));
    });
  }
}
