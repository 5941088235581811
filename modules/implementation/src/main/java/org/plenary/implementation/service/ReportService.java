package org.plenary.implementation.service;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.SqlConnection;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.plenary.implementation.api.ImplementationEvents;
import org.plenary.implementation.domain.Audience;
import org.plenary.implementation.domain.Cycle;
import org.plenary.implementation.domain.Report;
import org.plenary.implementation.domain.ReportDraft;
import org.plenary.implementation.domain.ReportVersion;
import org.plenary.implementation.store.CycleStore;
import org.plenary.implementation.store.ReportStore;
import org.plenary.platform.audit.AuditLog;
import org.plenary.platform.events.EventType;
import org.plenary.platform.events.Outbox;
import org.plenary.platform.failure.Failure;
import org.plenary.platform.identity.Participant;
import org.plenary.platform.search.SearchIndex;

/**
 * Drafting, submitting and publishing a State's national report. Each write locks the report, so concurrent saves
 * are serialised and the second one learns it is stale; each writes its audit entry and event in its transaction.
 */
public final class ReportService {

  private final Pool pool;
  private final CycleStore cycles;
  private final ReportStore reports;
  private final SearchIndex search;

  public ReportService(Pool pool, CycleStore cycles, ReportStore reports, SearchIndex search) {
    this.pool = pool;
    this.cycles = cycles;
    this.reports = reports;
    this.search = search;
  }

  public Future<ReportDraft> save(Participant actor, SaveReport save, Instant at) {
    ReportRules.mayDraft(actor, save.stateId(), "edit");
    int base = save.baseVersion().orElse(0);
    return pool.withTransaction(conn -> requireCycle(conn, save.cycleId())
        .compose(cycle -> reports.lock(conn, save.cycleId(), save.stateId()))
        .compose(found -> {
          Report report = found.orElse(Report.notStarted(save.cycleId(), save.stateId()));
          if (base != report.latestVersion()) {
            return stale(conn, report, base);
          }
          UUID id = report.exists() ? report.id() : UUID.randomUUID();
          ReportVersion version = new ReportVersion(base + 1, save.language(), save.answers(), actor.id(),
              actor.displayName(), at);
          Future<Void> row = report.exists() ? reports.setLatest(conn, id, version.version(), at)
              : reports.insert(conn, id, save.cycleId(), save.stateId(), at).map(made -> {
                if (!made) {
                  throw Failure.conflict("report-saved-meanwhile", "Saved meanwhile", "Another delegate of "
                      + save.stateId() + " saved the first version of this report meanwhile: reload it and save"
                      + " again from it.");
                }
                return null;
              });
          return row.compose(v -> reports.insertVersion(conn, id, version))
              .compose(v -> reports.find(conn, save.cycleId(), save.stateId()))
              .compose(saved -> record(conn, actor, ImplementationEvents.REPORT_SAVED, saved.orElseThrow(),
                  version.version(), null).map(new ReportDraft(saved.orElseThrow(), Optional.of(version))));
        }));
  }

  private Future<ReportDraft> stale(SqlConnection conn, Report report, int base) {
    if (!report.exists() || base > report.latestVersion()) {
      throw Failure.conflict("unknown-base-version", "No such version",
          "The report has " + (report.exists() ? "versions up to " + report.latestVersion() : "no version yet")
              + ", not version " + base + ": save from " + report.latestVersion() + ".");
    }
    return reports.version(conn, report.id(), report.latestVersion()).map(latest -> {
      throw new StaleSave(base, latest.orElseThrow());
    });
  }

  /** The latest version goes to the State's decision to publish (or keep unpublished). */
  public Future<ReportDraft> submit(Participant actor, String cycleId, String stateId, Instant at) {
    ReportRules.mayDraft(actor, stateId, "submit");
    return pool.withTransaction(conn -> requireReport(conn, cycleId, stateId).compose(report -> {
      Future<Void> done = report.submittedVersion().filter(v -> v == report.latestVersion()).isPresent()
          ? Future.succeededFuture()
          : reports.setSubmitted(conn, report.id(), report.latestVersion(), at)
              .compose(v -> record(conn, actor, ImplementationEvents.REPORT_SUBMITTED, report,
                  report.latestVersion(), null));
      return done.compose(v -> draftOf(conn, cycleId, stateId));
    }));
  }

  /**
   * Publishes the latest version, once submitted, to {@code audience}; a report with no answer at all is not
   * published. A version saved after the submission is submitted again before it is published. The search then
   * finds this version in place of the one published before.
   */
  public Future<ReportDraft> publish(Participant actor, String cycleId, String stateId, Audience audience,
                                     Instant at) {
    ReportRules.mayDraft(actor, stateId, "publish");
    return pool.withTransaction(conn -> requireReport(conn, cycleId, stateId).compose(report -> {
      int target = report.latestVersion();
      return reports.version(conn, report.id(), target).compose(version -> {
        if (version.orElseThrow().answers().isEmpty()) {
          throw Failure.unprocessable("report-empty", "The report answers nothing",
              "Version " + target + " of " + stateId + "'s report answers no question at all: answer at least one"
                  + " (no question is mandatory) before publishing it.");
        }
        if (report.submittedVersion().filter(v -> v == target).isEmpty()) {
          throw Failure.conflict("submit-first", "Submit the report first",
              "A report is published once submitted: submit version " + target + " first.");
        }
        return reports.publish(conn, report.id(), target, audience, actor.id(), at)
            .compose(v -> requireCycle(conn, cycleId))
            .compose(cycle -> search.put(conn, ImplementationSearch.report(cycleId, cycle.title(), actor,
                version.orElseThrow(), audience, at)))
            .compose(v -> record(conn, actor, ImplementationEvents.REPORT_PUBLISHED, report, target, audience))
            .compose(v -> draftOf(conn, cycleId, stateId));
      });
    }));
  }

  private Future<Cycle> requireCycle(SqlConnection conn, String cycleId) {
    return cycles.find(conn, cycleId).map(found -> found.orElseThrow(() -> noCycle(cycleId)));
  }

  static Failure noCycle(String cycleId) {
    return Failure.notFound("There is no reporting cycle '" + cycleId + "'.");
  }

  private Future<Report> requireReport(SqlConnection conn, String cycleId, String stateId) {
    return requireCycle(conn, cycleId).compose(cycle -> reports.lock(conn, cycleId, stateId))
        .map(found -> found.orElseThrow(() -> Failure.unprocessable("report-empty", "The report answers nothing",
            stateId + " has saved no version of its report for cycle " + cycleId + ": save one with at least one"
                + " answer first.")));
  }

  private Future<ReportDraft> draftOf(SqlConnection conn, String cycleId, String stateId) {
    return reports.find(conn, cycleId, stateId).compose(found -> {
      Report report = found.orElseThrow();
      return reports.version(conn, report.id(), report.latestVersion()).map(v -> new ReportDraft(report, v));
    });
  }

  private static Future<Void> record(SqlConnection conn, Participant actor, EventType type, Report report,
                                     int version, Audience audience) {
    JsonObject payload = new JsonObject().put("cycleId", report.cycleId()).put("stateId", report.stateId())
        .put("version", version);
    if (audience != null) {
      payload.put("audience", audience.wire());
    }
    return AuditLog.append(conn, actor.id(), type.name(), "national-report", report.id().toString(), null, payload)
        .compose(v -> Outbox.record(conn, type, ImplementationEvents.stream(report.stateId()), payload));
  }
}
