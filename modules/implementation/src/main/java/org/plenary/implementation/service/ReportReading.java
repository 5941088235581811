package org.plenary.implementation.service;

import io.vertx.core.Future;
import java.util.List;
import java.util.Optional;
import org.plenary.implementation.domain.CoverageCount;
import org.plenary.implementation.domain.ListedReport;
import org.plenary.implementation.domain.PublishedReport;
import org.plenary.implementation.domain.Report;
import org.plenary.implementation.domain.ReportDraft;
import org.plenary.implementation.domain.ReportVersion;
import org.plenary.implementation.store.CycleStore;
import org.plenary.implementation.store.ReportStore;
import org.plenary.platform.failure.Failure;
import org.plenary.platform.identity.Participant;

/** Reading reports as the reader may: the State's own draft and versions, and what was published to the reader. */
public final class ReportReading {

  private final CycleStore cycles;
  private final ReportStore reports;

  public ReportReading(CycleStore cycles, ReportStore reports) {
    this.cycles = cycles;
    this.reports = reports;
  }

  /** The State's report in the cycle as its delegation works on it (not started yet: version 0). */
  public Future<ReportDraft> draft(Participant reader, String cycleId, String stateId) {
    ReportRules.mayReadDraft(reader, stateId);
    return requireCycle(cycleId).compose(cycle -> reports.find(cycleId, stateId)).compose(found -> {
      Report report = found.orElse(Report.notStarted(cycleId, stateId));
      return report.exists() ? reports.version(report.id(), report.latestVersion())
          .compose(v -> reports.needs(report.id()).map(needs -> new ReportDraft(report, v, needs)))
          : Future.succeededFuture(new ReportDraft(report, Optional.empty()));
    });
  }

  /** The versions of the State's report, newest first, before {@code beforeVersion} (null: from the latest). */
  public Future<List<ReportVersion>> versions(Participant reader, String cycleId, String stateId,
                                              Integer beforeVersion, int limit) {
    ReportRules.mayReadDraft(reader, stateId);
    return requireCycle(cycleId).compose(cycle -> reports.find(cycleId, stateId)).compose(found -> found
        .map(report -> reports.versions(report.id(), beforeVersion, limit))
        .orElse(Future.succeededFuture(List.of())));
  }

  /** The version the State published last, if the reader may read it, with every publication made. */
  public Future<PublishedReport> published(Optional<Participant> reader, String cycleId, String stateId) {
    return requireCycle(cycleId).compose(cycle -> reports.find(cycleId, stateId)).compose(found -> {
      Report report = found.filter(r -> r.publishedVersion().isPresent()).orElseThrow(() -> Failure.notFound(
          stateId + " has published no national report for cycle " + cycleId + "."));
      ReportRules.requireRead(report.audience().orElseThrow(), stateId, reader);
      return reports.version(report.id(), report.publishedVersion().orElseThrow())
          .compose(version -> reports.state(report, version.orElseThrow())
              .compose(state -> reports.publications(report.id()).compose(history -> reports.needs(report.id())
                  .map(needs -> new PublishedReport(report, state.stateName(), state.regionalGroup(),
                      version.orElseThrow(), history, needs)))));
    });
  }

  public Future<List<ListedReport>> list(Optional<Participant> reader, String cycleId, ReportStore.Filter filter,
                                         ReportStore.After after, int limit) {
    return requireCycle(cycleId).compose(cycle -> reports.published(cycleId, readerOf(reader), filter, after, limit));
  }

  /** For each norm and regional group, how many States reported on it (in the reports the reader may read). */
  public Future<List<CoverageCount>> coverage(Optional<Participant> reader, String cycleId) {
    return requireCycle(cycleId).compose(cycle -> reports.coverage(cycleId, readerOf(reader)));
  }

  static ReportStore.Reader readerOf(Optional<Participant> reader) {
    return new ReportStore.Reader(ReportRules.readsStatesReports(reader),
        reader.map(p -> p.organization().id()).orElse(null));
  }

  private Future<Object> requireCycle(String cycleId) {
    return cycles.find(cycleId).map(found -> found.orElseThrow(() -> ReportService.noCycle(cycleId)));
  }
}
