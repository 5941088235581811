package org.plenary.radar.service;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.SqlConnection;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.plenary.platform.audit.AuditLog;
import org.plenary.platform.events.Outbox;
import org.plenary.platform.failure.Failure;
import org.plenary.platform.identity.Participant;
import org.plenary.radar.api.RadarEvents;
import org.plenary.radar.domain.Assessment;
import org.plenary.radar.domain.Round;
import org.plenary.radar.store.RoundStore;
import org.plenary.radar.store.SignalStore;

/**
 * Rounds of assessment and the organizations' ratings in them. A rating may change until its round closes; a
 * rating holds its round (a shared lock) and a close locks it, so a close and a rating never cross.
 */
public final class RoundService {

  private final Pool pool;
  private final RoundStore rounds;
  private final SignalStore signals;

  public RoundService(Pool pool, RoundStore rounds, SignalStore signals) {
    this.pool = pool;
    this.rounds = rounds;
    this.signals = signals;
  }

  public Future<Round> open(Participant actor, String title, Instant at) {
    RadarRules.mayRunRounds(actor);
    UUID id = UUID.randomUUID();
    JsonObject payload = new JsonObject().put("roundId", id.toString()).put("title", title);
    return pool.withTransaction(conn -> rounds.insert(conn, id, title, actor, at)
        .compose(v -> SignalService.record(conn, actor, RadarEvents.ROUND_OPENED, id, payload))
        .compose(v -> require(conn, id)));
  }

  public Future<Round> close(Participant actor, UUID id, Instant at) {
    RadarRules.mayRunRounds(actor);
    return pool.withTransaction(conn -> rounds.lock(conn, id).compose(found -> {
      Round round = found.orElseThrow(() -> notFound(id));
      if (!round.open()) {
        throw Failure.conflict("radar-round-closed-already", "Closed already", "This round is closed already.");
      }
      JsonObject payload = new JsonObject().put("roundId", id.toString());
      return rounds.close(conn, id, actor, at)
          .compose(v -> SignalService.record(conn, actor, RadarEvents.ROUND_CLOSED, id, payload))
          .compose(v -> require(conn, id));
    }));
  }

  public Future<List<Round>> list() {
    return rounds.list();
  }

  public Future<Round> find(UUID id) {
    return pool.withConnection(conn -> require(conn, id));
  }

  /** The actor's organization rates the signal in the round, or changes its rating while the round is open. */
  public Future<Assessment> assess(Participant actor, UUID roundId, UUID signalId, int likelihood, int impact,
                                   Instant at) {
    RadarRules.mayTakePart(actor);
    return pool.withTransaction(conn -> rounds.hold(conn, roundId).compose(found -> {
      Round round = found.orElseThrow(() -> notFound(roundId));
      if (!round.open()) {
        throw Failure.conflict("round-closed", "The round is closed", "This round closed at "
            + round.closedAt().get() + "; its assessments no longer change.")
            .with("closedAt", round.closedAt().get().toString());
      }
      return signals.find(conn, signalId).compose(signal -> {
        if (signal.isEmpty()) {
          throw SignalService.notFound(signalId);
        }
        if (signal.get().merged()) {
          String into = signal.get().mergedInto().get().toString();
          throw Failure.conflict("radar-signal-merged", "Merged into another signal",
              "This signal was merged into " + into + ": rate that one.").with("into", into);
        }
        JsonObject payload = new JsonObject().put("roundId", roundId.toString())
            .put("signalId", signalId.toString()).put("organizationId", actor.organization().id());
        return rounds.rate(conn, roundId, signalId, actor, likelihood, impact, at)
            // the audit keeps the rating (its readers run the dialogue); the event, which others may see, does not
            .compose(v -> AuditLog.append(conn, actor.id(), RadarEvents.ASSESSMENT_RECORDED.name(),
                "radar-assessment", roundId + "/" + signalId + "/" + actor.organization().id(), null,
                payload.copy().put("likelihood", likelihood).put("impact", impact)))
            .compose(v -> Outbox.record(conn, RadarEvents.ASSESSMENT_RECORDED, RadarEvents.STREAM, payload))
            .compose(v -> own(conn, actor, roundId, signalId));
      });
    }));
  }

  /** The rating of the reader's own organization: the only rating anyone reads. */
  public Future<Assessment> own(Participant reader, UUID roundId, UUID signalId) {
    return pool.withConnection(conn -> require(conn, roundId).compose(r -> own(conn, reader, roundId, signalId)));
  }

  private Future<Assessment> own(SqlConnection conn, Participant reader, UUID roundId, UUID signalId) {
    return rounds.assessment(conn, roundId, signalId, reader.organization().id())
        .map(found -> found.orElseThrow(() -> Failure.notFound(reader.organization().name()
            + " has not rated this signal in this round.").with("organization", reader.organization().name())));
  }

  Future<Round> require(SqlConnection conn, UUID id) {
    return rounds.find(conn, id).map(found -> found.orElseThrow(() -> notFound(id)));
  }

  static Failure notFound(UUID id) {
    return Failure.notFound("No round " + id + " of the radar.").with("id", id.toString());
  }
}
