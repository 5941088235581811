package org.plenary.radar.http;

import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.function.BiFunction;
import org.plenary.platform.http.ApiModule;
import org.plenary.platform.http.ApiRoutes;
import org.plenary.platform.http.Created;
import org.plenary.platform.http.Cursor;
import org.plenary.platform.http.Made;
import org.plenary.platform.http.ReaderLanguage;
import org.plenary.platform.http.RequestInput;
import org.plenary.platform.http.Responses;
import org.plenary.platform.identity.Caller;
import org.plenary.platform.identity.Participant;
import org.plenary.radar.api.RadarEvents;
import org.plenary.radar.domain.RadarPicture;
import org.plenary.radar.domain.Signal;
import org.plenary.radar.export.RadarCsv;
import org.plenary.radar.export.RadarLabels;
import org.plenary.radar.export.RadarPng;
import org.plenary.radar.export.RadarSvg;
import org.plenary.radar.service.RadarReading;
import org.plenary.radar.service.RadarRules;
import org.plenary.radar.service.RoundService;
import org.plenary.radar.service.SignalService;
import org.plenary.radar.store.SignalStore;

/** {@code /radar}: described by {@code openapi/radar.yaml}. Every operation needs a signed-in participant. */
public final class RadarApi implements ApiModule {

  private static final int DEFAULT_PAGE = 20;

  private final SignalService signals;
  private final RoundService rounds;
  private final RadarReading reading;
  private final Clock clock;

  public RadarApi(SignalService signals, RoundService rounds, RadarReading reading, Clock clock) {
    this.signals = signals;
    this.rounds = rounds;
    this.reading = reading;
    this.clock = clock;
  }

  @Override
  public String openApiFragment() {
    return "openapi/radar.yaml";
  }

  @Override
  public void mount(ApiRoutes routes) {
    routes.on("listRadarSignals", this::listSignals)
        .onCreate("proposeRadarSignal", this::propose, this::proposed)
        .on("getRadarSignal", this::signal)
        .on("mergeRadarSignal", this::merge)
        .on("listRadarRounds", this::listRounds)
        .onCreate("openRadarRound", this::open, this::opened)
        .on("closeRadarRound", this::close)
        .on("getRadar", this::radar)
        .on("exportRadarSvg", rc -> export(rc, "image/svg+xml; charset=utf-8", ".svg", text(RadarSvg::render)))
        .on("exportRadarPng", rc -> export(rc, "image/png", ".png", RadarPng::render))
        .on("exportRadarCsv", rc -> export(rc, "text/csv; charset=utf-8", ".csv", text(RadarCsv::render)))
        .on("getOwnRadarAssessment", this::ownAssessment)
        .on("putRadarAssessment", this::assess);
  }

  private void listSignals(RoutingContext rc) {
    Caller.require(rc);
    RequestInput in = RequestInput.of(rc);
    int limit = in.limit(DEFAULT_PAGE);
    var after = in.query("cursor").map(c -> {
      Cursor.Keys keys = Cursor.decode(c, Cursor.Key.TIME, Cursor.Key.UUID);
      return new SignalStore.After(keys.time(0).toInstant(), keys.uuid(1));
    }).orElse(null);
    Responses.reply(rc, signals.list(after, limit + 1).map(listed -> {
      JsonArray items = new JsonArray();
      listed.stream().limit(limit).forEach(s -> items.add(RadarJson.signal(s)));
      Signal last = listed.size() > limit ? listed.get(limit - 1) : null;
      return Responses.page(items, last == null ? null
          : Cursor.encode(last.proposedAt().atOffset(ZoneOffset.UTC).toString(), last.id().toString()));
    }));
  }

  private void propose(RoutingContext rc) {
    Participant actor = Caller.require(rc);
    signals.propose(actor, RadarJson.newSignal(RequestInput.of(rc).body()), clock.instant())
        .map(RadarApi::createdSignal).onSuccess(created -> Responses.created(rc, created)).onFailure(rc::fail);
  }

  private Future<Created> proposed(RoutingContext rc, Made made) {
    UUID id = UUID.fromString(made.payload(RadarEvents.SIGNAL_PROPOSED).getString("signalId"));
    return signals.find(id).map(RadarApi::createdSignal);
  }

  private static Created createdSignal(Signal signal) {
    return new Created("/api/v1/radar/signals/" + signal.id(), RadarJson.signal(signal));
  }

  private void signal(RoutingContext rc) {
    Caller.require(rc);
    Responses.reply(rc, signals.find(RequestInput.of(rc).uuid("signalId")).map(RadarJson::signal));
  }

  private void merge(RoutingContext rc) {
    Participant actor = Caller.require(rc);
    RequestInput in = RequestInput.of(rc);
    UUID into = UUID.fromString(in.body().getString("into"));
    Responses.reply(rc, signals.merge(actor, in.uuid("signalId"), into, clock.instant()).map(RadarJson::signal));
  }

  private void listRounds(RoutingContext rc) {
    Participant reader = Caller.require(rc);
    Responses.reply(rc, rounds.list().map(list -> new JsonObject()
        .put("items", new JsonArray(list.stream().map(RadarJson::round).toList()))
        .put("mayRate", RadarRules.takesPart(reader)).put("mayRunRounds", mayRunRounds(reader))
        .put("mayMerge", reader.isModeratorOrSecretariat()).put("mayCite", reader.runsTheDialogue())));
  }

  private static boolean mayRunRounds(Participant reader) {
    return reader.has(org.plenary.platform.identity.Role.SECRETARIAT);
  }

  private void open(RoutingContext rc) {
    Participant actor = Caller.require(rc);
    rounds.open(actor, RequestInput.of(rc).body().getString("title").strip(), clock.instant())
        .map(r -> new Created("/api/v1/radar/rounds/" + r.id(), RadarJson.round(r)))
        .onSuccess(created -> Responses.created(rc, created)).onFailure(rc::fail);
  }

  private Future<Created> opened(RoutingContext rc, Made made) {
    UUID id = UUID.fromString(made.payload(RadarEvents.ROUND_OPENED).getString("roundId"));
    return rounds.find(id).map(r -> new Created("/api/v1/radar/rounds/" + r.id(), RadarJson.round(r)));
  }

  private void close(RoutingContext rc) {
    Participant actor = Caller.require(rc);
    Responses.reply(rc, rounds.close(actor, RequestInput.of(rc).uuid("roundId"), clock.instant())
        .map(RadarJson::round));
  }

  private void radar(RoutingContext rc) {
    Caller.require(rc);
    Responses.reply(rc, reading.picture(RequestInput.of(rc).uuid("roundId"), clock.instant())
        .map(RadarJson::picture));
  }

  private static BiFunction<RadarPicture, RadarLabels, byte[]> text(BiFunction<RadarPicture, RadarLabels, String> r) {
    return (picture, labels) -> r.apply(picture, labels).getBytes(StandardCharsets.UTF_8);
  }

  /** Renders off the event loop: the PNG is rasterised, and a large round's SVG or CSV is not free either. */
  private void export(RoutingContext rc, String contentType, String extension,
                      BiFunction<RadarPicture, RadarLabels, byte[]> render) {
    Caller.require(rc);
    UUID roundId = RequestInput.of(rc).uuid("roundId");
    RadarLabels labels = new RadarLabels(ReaderLanguage.of(rc));
    reading.picture(roundId, clock.instant())
        .compose(picture -> rc.vertx().executeBlocking(() -> render.apply(picture, labels), false))
        .onSuccess(bytes -> rc.response().putHeader("Content-Type", contentType)
            .putHeader("Content-Disposition", "attachment; filename=\"radar-" + roundId + extension + "\"")
            .end(Buffer.buffer(bytes)))
        .onFailure(rc::fail);
  }

  private void ownAssessment(RoutingContext rc) {
    Participant reader = Caller.require(rc);
    RequestInput in = RequestInput.of(rc);
    Responses.reply(rc, rounds.own(reader, in.uuid("roundId"), in.uuid("signalId")).map(RadarJson::assessment));
  }

  private void assess(RoutingContext rc) {
    Participant actor = Caller.require(rc);
    RequestInput in = RequestInput.of(rc);
    JsonObject body = in.body();
    Responses.reply(rc, rounds.assess(actor, in.uuid("roundId"), in.uuid("signalId"), body.getInteger("likelihood"),
        body.getInteger("impact"), clock.instant()).map(RadarJson::assessment));
  }
}
