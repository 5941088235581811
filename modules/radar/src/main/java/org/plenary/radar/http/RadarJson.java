package org.plenary.radar.http;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.plenary.platform.wire.WireEnum;
import org.plenary.radar.domain.Assessment;
import org.plenary.radar.domain.Figure;
import org.plenary.radar.domain.Horizon;
import org.plenary.radar.domain.NewSignal;
import org.plenary.radar.domain.RadarPicture;
import org.plenary.radar.domain.Round;
import org.plenary.radar.domain.Signal;
import org.plenary.radar.domain.SignalCategory;
import org.plenary.radar.domain.SignalFigures;

/** The radar's records as the API writes and reads them ({@code openapi/radar.yaml}). */
final class RadarJson {

  private RadarJson() {
  }

  static NewSignal newSignal(JsonObject body) {
    JsonArray norms = body.getJsonArray("norms", new JsonArray());
    JsonArray sources = body.getJsonArray("sources", new JsonArray());
    return new NewSignal(body.getString("title").strip(), body.getString("description").strip(),
        WireEnum.parse(SignalCategory.class, body.getString("category")),
        norms.stream().map(String.class::cast).distinct().toList(),
        WireEnum.parse(Horizon.class, body.getString("horizon")),
        sources.stream().map(String.class::cast).distinct().toList(),
        Optional.ofNullable(body.getString("threadId")).map(UUID::fromString));
  }

  static JsonObject signal(Signal s) {
    JsonObject json = new JsonObject().put("id", s.id().toString()).put("title", s.title())
        .put("description", s.description()).put("category", s.category().wire())
        .put("norms", new JsonArray(s.norms())).put("horizon", s.horizon().wire())
        .put("sources", new JsonArray(s.sources()))
        .put("proposedBy", new JsonObject().put("id", s.organizationId()).put("name", s.organizationName()))
        .put("proposedAt", s.proposedAt().toString())
        .put("mergedFrom", new JsonArray(s.mergedFrom().stream().map(UUID::toString).toList()));
    s.threadId().ifPresent(t -> json.put("threadId", t.toString()));
    s.mergedInto().ifPresent(m -> json.put("mergedInto", m.toString()));
    s.mergedAt().ifPresent(m -> json.put("mergedAt", m.toString()));
    return json;
  }

  static JsonObject round(Round r) {
    JsonObject json = new JsonObject().put("id", r.id().toString()).put("title", r.title())
        .put("openedAt", r.openedAt().toString()).put("open", r.open());
    r.closedAt().ifPresent(c -> json.put("closedAt", c.toString()));
    return json;
  }

  static JsonObject assessment(Assessment a) {
    return new JsonObject().put("roundId", a.roundId().toString()).put("signalId", a.signalId().toString())
        .put("organizationId", a.organizationId()).put("likelihood", a.likelihood()).put("impact", a.impact())
        .put("ratedAt", a.ratedAt().toString());
  }

  static JsonObject picture(RadarPicture p) {
    JsonObject json = new JsonObject().put("round", round(p.round()))
        .put("minimumRaters", Figure.MIN_RATERS)
        .put("signals", new JsonArray(p.signals().stream().map(RadarJson::figures).toList()));
    p.previous().ifPresent(r -> json.put("previousRound", round(r)));
    p.mostDisputed().ifPresent(f -> json.put("mostDisputed", f.signal().id().toString()));
    return json;
  }

  private static JsonObject figures(SignalFigures f) {
    JsonObject json = new JsonObject().put("signal", signal(f.signal())).put("all", figure(f.all()))
        .put("constituencies", figures(f.constituencies())).put("regionalGroups", figures(f.regionalGroups()));
    f.statesVsStakeholders().ifPresent(g -> json.put("statesVsStakeholders", new JsonObject()
        .put("likelihood", g.likelihood()).put("impact", g.impact()).put("widest", g.widest())));
    f.movement().ifPresent(m -> json.put("movement", new JsonObject().put("likelihood", m.likelihood())
        .put("impact", m.impact())));
    return json;
  }

  private static JsonArray figures(List<Figure> figures) {
    return new JsonArray(figures.stream().map(RadarJson::figure).toList());
  }

  private static JsonObject figure(Figure f) {
    JsonObject json = new JsonObject().put("group", f.group()).put("shown", f.shown());
    f.raters().ifPresent(n -> json.put("raters", n));
    f.likelihood().ifPresent(v -> json.put("likelihood", v));
    f.impact().ifPresent(v -> json.put("impact", v));
    f.likelihoodIqr().ifPresent(v -> json.put("likelihoodIqr", v));
    f.impactIqr().ifPresent(v -> json.put("impactIqr", v));
    return json;
  }
}
