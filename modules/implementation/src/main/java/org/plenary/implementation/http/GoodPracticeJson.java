package org.plenary.implementation.http;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.Optional;
import org.plenary.implementation.domain.GoodPractice;
import org.plenary.implementation.domain.Norm;
import org.plenary.implementation.domain.PracticeMark;
import org.plenary.implementation.domain.ReportLanguage;
import org.plenary.implementation.domain.SharePractice;
import org.plenary.implementation.service.GoodPracticeRules;
import org.plenary.platform.identity.Participant;
import org.plenary.platform.organizations.RegionalGroup;
import org.plenary.platform.wire.WireEnum;

/** Good practices as the API reads and shows them ({@code openapi/good-practices.yaml}). */
final class GoodPracticeJson {

  private GoodPracticeJson() {
  }

  /** The contract has checked the shape and bounds; what is left is to strip the texts. */
  static SharePractice share(JsonObject body) {
    return new SharePractice(body.getString("title").strip(), body.getString("what").strip(),
        body.getString("who", "").strip(), body.getString("lessons", "").strip(),
        strings(body.getJsonArray("links")).stream().map(String::strip).toList(),
        WireEnum.parse(ReportLanguage.class, body.getString("language")),
        strings(body.getJsonArray("norms")).stream().map(n -> WireEnum.parse(Norm.class, n)).toList(),
        strings(body.getJsonArray("regions")).stream().map(RegionalGroup::fromWire).toList());
  }

  static JsonObject practice(GoodPractice p, Optional<Participant> reader) {
    return new JsonObject().put("id", p.id().toString())
        .put("organization", new JsonObject().put("id", p.organizationId()).put("name", p.organizationName())
            .put("kind", p.organizationKind().wire()))
        .put("title", p.title()).put("what", p.what()).put("who", p.who()).put("lessons", p.lessons())
        .put("links", new JsonArray(p.links())).put("language", p.language().wire())
        .put("norms", new JsonArray(p.norms().stream().map(Norm::wire).toList()))
        .put("regions", new JsonArray(p.regions().stream().map(RegionalGroup::wire).toList()))
        .put("sharedAt", p.sharedAt().toString()).put("endorsements", p.endorsements()).put("useful", p.useful())
        .put("myMarks", new JsonArray(p.readerMarks().stream().sorted().map(PracticeMark::wire).toList()))
        .put("endorsedBy", new JsonArray(p.endorsedBy()))
        .put("mayMark", reader.map(r -> GoodPracticeRules.mayMark(r, p)).orElse(false));
  }

  private static java.util.List<String> strings(JsonArray array) {
    return array == null ? java.util.List.of() : array.stream().map(String.class::cast).toList();
  }
}
