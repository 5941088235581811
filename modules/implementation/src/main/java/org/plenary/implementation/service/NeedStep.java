package org.plenary.implementation.service;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.plenary.capacity.api.CapacityNeeds;
import org.plenary.implementation.api.ImplementationEvents;
import org.plenary.implementation.domain.NeedLink;
import org.plenary.implementation.domain.Norm;
import org.plenary.implementation.domain.NormQuestion;
import org.plenary.implementation.domain.Report;
import org.plenary.implementation.domain.ReportVersion;
import org.plenary.implementation.store.ReportStore;
import org.plenary.platform.audit.AuditLog;
import org.plenary.platform.events.Outbox;
import org.plenary.platform.failure.Failure;
import org.plenary.platform.identity.Participant;

/**
 * A "needs" answer on a norm becomes a capacity-building need on the board in one step: the board's port posts it
 * (its rules, its matching), with a description that links back to the report, and the report keeps the link.
 * The need is posted in the board's transaction and the link in ours: should ours fail, the need stays on the board
 * unlinked, and its description still names the report.
 */
public final class NeedStep {

  private static final int DESCRIPTION_LIMIT = 10_000;

  private final Pool pool;
  private final ReportStore reports;
  private final CapacityNeeds board;

  public NeedStep(Pool pool, ReportStore reports, CapacityNeeds board) {
    this.pool = pool;
    this.reports = reports;
    this.board = board;
  }

  public Future<NeedLink> raise(Participant actor, String cycleId, String stateId, Norm norm, Instant at) {
    ReportRules.mayDraft(actor, stateId, "turn into capacity-building needs the needs of");
    return reports.find(cycleId, stateId).compose(found -> {
      Report report = found.filter(Report::exists).orElseThrow(() -> noNeed(stateId, norm));
      return reports.needs(report.id()).compose(links -> {
        links.stream().filter(l -> l.norm() == norm).findFirst().ifPresent(l -> {
          throw Failure.conflict("need-already-raised", "Already on the board", "The needs of " + stateId
              + " on norm (" + norm.letter() + ") are already the capacity-building need " + l.needId() + ".",
              Map.of("needId", l.needId().toString()));
        });
        return reports.version(report.id(), report.latestVersion());
      }).compose(version -> post(actor, report, version.orElseThrow(), norm, at));
    });
  }

  private Future<NeedLink> post(Participant actor, Report report, ReportVersion version, Norm norm, Instant at) {
    String needs = version.answers().norms().getOrDefault(norm, Map.of()).get(NormQuestion.NEEDS);
    if (needs == null) {
      throw noNeed(report.stateId(), norm);
    }
    String source = "\n\nFrom the national report of " + actor.organization().name() + " for cycle "
        + report.cycleId() + ", norm (" + norm.letter() + "): /reports/" + report.cycleId() + "/" + report.stateId();
    String description = needs.substring(0, Math.min(needs.length(), DESCRIPTION_LIMIT - source.length())) + source;
    LocalDate today = at.atOffset(ZoneOffset.UTC).toLocalDate();
    var draft = new CapacityNeeds.NeedDraft(actor.organization().name() + ": needs on norm (" + norm.letter()
        + "), national report " + report.cycleId(), description, List.of(area(norm)),
        List.of(version.language().wire()), today, today.plusYears(1));
    return board.post(actor, draft, at).compose(needId -> {
      NeedLink link = new NeedLink(norm, needId, version.version());
      JsonObject payload = new JsonObject().put("cycleId", report.cycleId()).put("stateId", report.stateId())
          .put("norm", norm.wire()).put("needId", needId.toString()).put("version", version.version());
      return pool.withTransaction(conn -> reports.insertNeed(conn, report.id(), link, actor.id(), at)
          .compose(made -> AuditLog.append(conn, actor.id(), ImplementationEvents.NEED_RAISED.name(),
              "national-report", report.id().toString(), null, payload))
          .compose(v -> Outbox.record(conn, ImplementationEvents.NEED_RAISED,
              ImplementationEvents.stream(report.stateId()), payload))
          .map(link));
    });
  }

  /** The board's area closest to the norm. */
  static String area(Norm norm) {
    return switch (norm) {
      case NORM_F, NORM_G -> "critical-infrastructure";
      case NORM_H, NORM_J, NORM_K -> "incident-management-certs";
      case NORM_D -> "cybercrime-legislation";
      case NORM_I -> "technical-tooling";
      default -> "norms-cbms-diplomacy";
    };
  }

  private static Failure noNeed(String stateId, Norm norm) {
    return Failure.unprocessable("no-need-stated", "No need stated",
        "The latest version of " + stateId + "'s report states no needs on norm (" + norm.letter() + "): write them"
            + " under Needs and save before turning them into a capacity-building need.");
  }
}
