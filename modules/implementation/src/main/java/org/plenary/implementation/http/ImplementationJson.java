package org.plenary.implementation.http;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.plenary.implementation.domain.AnswersJson;
import org.plenary.implementation.domain.CoverageCount;
import org.plenary.implementation.domain.Cycle;
import org.plenary.implementation.domain.ListedReport;
import org.plenary.implementation.domain.NeedLink;
import org.plenary.implementation.domain.Norm;
import org.plenary.implementation.domain.Publication;
import org.plenary.implementation.domain.PublishedReport;
import org.plenary.implementation.domain.Report;
import org.plenary.implementation.domain.ReportDraft;
import org.plenary.implementation.domain.ReportVersion;
import org.plenary.platform.organizations.RegionalGroup;

/** Cycles, reports, versions and coverage as the API shows them ({@code openapi/implementation.yaml}). */
final class ImplementationJson {

  private ImplementationJson() {
  }

  static JsonObject cycle(Cycle c) {
    return new JsonObject().put("id", c.id()).put("title", c.title()).put("cutOff", c.cutOff().toString())
        .put("openedAt", c.openedAt().toString());
  }

  static JsonObject report(Report r) {
    JsonObject json = new JsonObject().put("cycleId", r.cycleId()).put("stateId", r.stateId())
        .put("status", r.status().wire()).put("latestVersion", r.latestVersion());
    r.submittedVersion().ifPresent(v -> json.put("submittedVersion", v));
    r.publishedVersion().ifPresent(v -> json.put("publishedVersion", v));
    r.audience().ifPresent(a -> json.put("audience", a.wire()));
    r.publishedAt().ifPresent(at -> json.put("publishedAt", at.toString()));
    if (r.updatedAt() != null) {
      json.put("updatedAt", r.updatedAt().toString());
    }
    return json;
  }

  static JsonObject draft(ReportDraft d, boolean mayEdit) {
    JsonObject json = report(d.report()).put("mayEdit", mayEdit);
    d.latest().ifPresent(v -> json.put("latest", version(v)));
    return json.put("capacityNeeds", needs(d.needs()));
  }

  static JsonObject version(ReportVersion v) {
    return new JsonObject().put("version", v.version()).put("language", v.language().wire())
        .put("answers", AnswersJson.json(v.answers())).put("answerCount", v.answers().count())
        .put("savedBy", v.savedByName() == null ? "" : v.savedByName()).put("savedAt", v.savedAt().toString());
  }

  static JsonObject listed(ListedReport l) {
    Report r = l.report();
    JsonObject json = new JsonObject().put("cycleId", r.cycleId()).put("stateId", r.stateId())
        .put("stateName", l.stateName()).put("language", l.language().wire())
        .put("audience", r.audience().orElseThrow().wire()).put("publishedVersion", r.publishedVersion().orElseThrow())
        .put("publishedAt", r.publishedAt().orElseThrow().toString())
        .put("norms", new JsonArray(l.norms().stream().map(Norm::wire).toList())).put("answerCount", l.answerCount());
    l.regionalGroup().ifPresent(g -> json.put("regionalGroup", g.wire()));
    return json;
  }

  static JsonObject published(PublishedReport p) {
    ReportVersion v = p.version();
    JsonObject json = listed(new ListedReport(p.report(), p.stateName(), p.regionalGroup(), v.language(),
        v.answers().normsAnswered(), v.answers().count()));
    JsonArray history = new JsonArray();
    for (Publication publication : p.history()) {
      history.add(new JsonObject().put("version", publication.version())
          .put("audience", publication.audience().wire()).put("publishedAt", publication.publishedAt().toString()));
    }
    return json.put("answers", AnswersJson.json(v.answers())).put("history", history)
        .put("capacityNeeds", needs(p.needs()));
  }

  static JsonObject need(NeedLink link) {
    return new JsonObject().put("norm", link.norm().wire()).put("needId", link.needId().toString())
        .put("version", link.version()).put("needPath", "/api/v1/capacity/needs/" + link.needId());
  }

  private static JsonArray needs(List<NeedLink> links) {
    return new JsonArray(links.stream().map(ImplementationJson::need).toList());
  }

  /** Every norm, in the order of paragraph 13, with its counts by every regional group (zero included). */
  static JsonObject coverage(String cycleId, List<CoverageCount> counts) {
    Map<Norm, JsonObject> byNorm = new EnumMap<>(Norm.class);
    for (Norm norm : Norm.values()) {
      JsonObject groups = new JsonObject();
      for (RegionalGroup group : RegionalGroup.values()) {
        groups.put(group.wire(), 0);
      }
      byNorm.put(norm, new JsonObject().put("norm", norm.wire()).put("states", 0).put("withNeeds", 0)
          .put("byGroup", groups));
    }
    for (CoverageCount count : counts) {
      JsonObject json = byNorm.get(count.norm());
      json.put("states", json.getInteger("states") + count.states())
          .put("withNeeds", json.getInteger("withNeeds") + count.withNeeds());
      json.getJsonObject("byGroup").put(count.group().wire(), count.states());
    }
    return new JsonObject().put("cycleId", cycleId).put("norms", new JsonArray(List.copyOf(byNorm.values())));
  }
}
