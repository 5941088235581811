package org.plenary.radar;

import io.vertx.sqlclient.Pool;
import java.time.Clock;
import java.util.List;
import org.plenary.platform.http.ApiModule;
import org.plenary.platform.module.PlenaryModule;
import org.plenary.radar.http.RadarApi;
import org.plenary.radar.service.RadarReading;
import org.plenary.radar.service.RoundService;
import org.plenary.radar.service.SignalService;
import org.plenary.radar.store.RoundStore;
import org.plenary.radar.store.SignalStore;

/**
 * The horizon-scanning radar, wired: signals of threats and technology trends, rounds of assessment in which each
 * organization rates each signal's likelihood and impact, and the radar of their medians by constituency and
 * regional group. It reads no other context (a signal names its forum thread by id only).
 */
public final class Radar implements PlenaryModule {

  private final SignalService signals;
  private final RoundService rounds;
  private final RadarReading reading;
  private final RadarApi api;

  public Radar(Pool pool, Clock clock) {
    SignalStore signalStore = new SignalStore(pool);
    RoundStore roundStore = new RoundStore(pool);
    this.signals = new SignalService(pool, signalStore);
    this.rounds = new RoundService(pool, roundStore, signalStore);
    this.reading = new RadarReading(pool, roundStore, signalStore);
    this.api = new RadarApi(signals, rounds, reading, clock);
  }

  @Override
  public List<ApiModule> apis() {
    return List.of(api);
  }

  /** For the demo content. */
  public SignalService signals() {
    return signals;
  }

  public RoundService rounds() {
    return rounds;
  }

  /** The radar of each round, for the contexts that cite its figures (a Chair's summary). */
  public RadarReading reading() {
    return reading;
  }
}
