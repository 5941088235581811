package org.plenary.radar.service;

import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.plenary.radar.domain.RadarAggregation;
import org.plenary.radar.domain.RadarPicture;
import org.plenary.radar.domain.Rating;
import org.plenary.radar.domain.Round;
import org.plenary.radar.store.RoundStore;
import org.plenary.radar.store.SignalStore;

/** The radar of a round, with the movement since the round opened before it. Aggregates only. */
public final class RadarReading {

  private final Pool pool;
  private final RoundStore rounds;
  private final SignalStore signals;

  public RadarReading(Pool pool, RoundStore rounds, SignalStore signals) {
    this.pool = pool;
    this.rounds = rounds;
    this.signals = signals;
  }

  public Future<RadarPicture> picture(java.util.UUID roundId, Instant now) {
    return pool.withConnection(conn -> rounds.find(conn, roundId).compose(found -> {
      Round round = found.orElseThrow(() -> RoundService.notFound(roundId));
      Instant until = round.closedAt().orElse(now);
      return rounds.previous(conn, round).compose(previous -> signals.placed(conn, until)
          .compose(placed -> rounds.ratings(conn, roundId)
              .compose(ratings -> previousRatings(conn, previous).map(before ->
                  RadarAggregation.picture(round, previous, placed, ratings, before)))));
    }));
  }

  private Future<List<Rating>> previousRatings(io.vertx.sqlclient.SqlConnection conn, Optional<Round> previous) {
    return previous.isEmpty() ? Future.succeededFuture(List.of()) : rounds.ratings(conn, previous.get().id());
  }
}
