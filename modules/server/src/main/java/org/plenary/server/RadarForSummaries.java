package org.plenary.server;

import io.vertx.core.Future;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.plenary.platform.failure.Failure;
import org.plenary.radar.domain.RadarPicture;
import org.plenary.radar.domain.SignalFigures;
import org.plenary.radar.service.RadarReading;
import org.plenary.summary.api.CitedRadar;

/**
 * The radar's figures as a summary cites them: the medians of all raters of each signal shown (three raters or
 * more), never a group below that or an organization's rating. Here because neither context knows the other.
 */
final class RadarForSummaries implements CitedRadar {

  private final RadarReading reading;
  private final Clock clock;

  RadarForSummaries(RadarReading reading, Clock clock) {
    this.reading = reading;
    this.clock = clock;
  }

  @Override
  public Future<Optional<CitedRound>> round(UUID roundId) {
    return reading.picture(roundId, clock.instant()).map(picture -> Optional.of(cited(picture)))
        .recover(failed -> failed instanceof Failure f && f.kind() == Failure.Kind.NOT_FOUND
            ? Future.succeededFuture(Optional.empty()) : Future.failedFuture(failed));
  }

  private static CitedRound cited(RadarPicture picture) {
    Map<UUID, CitedSignal> signals = new LinkedHashMap<>();
    for (SignalFigures figures : picture.signals()) {
      if (!figures.all().shown()) {
        continue;
      }
      signals.put(figures.signal().id(), new CitedSignal(figures.signal().id(), figures.signal().title(),
          figures.all().raters().orElseThrow(), figures.all().likelihood().orElseThrow(),
          figures.all().impact().orElseThrow(), figures.statesVsStakeholders().map(SignalFigures.Gap::largest)));
    }
    return new CitedRound(picture.round().id(), picture.round().title(), picture.round().closedAt().isPresent(),
        signals);
  }
}
