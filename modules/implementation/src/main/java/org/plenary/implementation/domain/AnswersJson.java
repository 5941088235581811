package org.plenary.implementation.domain;

import io.vertx.core.json.JsonObject;
import java.util.EnumMap;
import java.util.Map;
import org.plenary.platform.wire.WireEnum;

/**
 * The answers of a report as JSON, the same shape in the API and in the version's record: {@code norms} by norm
 * ({@code norm-c}) with a field per question, and a field per section.
 */
public final class AnswersJson {

  private AnswersJson() {
  }

  public static JsonObject json(Answers answers) {
    JsonObject norms = new JsonObject();
    answers.norms().forEach((norm, given) -> {
      JsonObject json = new JsonObject();
      given.forEach((question, text) -> json.put(question.field(), text));
      norms.put(norm.wire(), json);
    });
    JsonObject json = new JsonObject().put("norms", norms);
    answers.sections().forEach((section, text) -> json.put(section.field(), text));
    return json;
  }

  /** Answers from JSON the contract (or the record) guarantees to have this shape. */
  public static Answers answers(JsonObject json) {
    Map<Norm, Map<NormQuestion, String>> norms = new EnumMap<>(Norm.class);
    JsonObject byNorm = json.getJsonObject("norms", new JsonObject());
    for (String key : byNorm.fieldNames()) {
      JsonObject given = byNorm.getJsonObject(key);
      Map<NormQuestion, String> answers = new EnumMap<>(NormQuestion.class);
      for (NormQuestion question : NormQuestion.values()) {
        answers.put(question, given.getString(question.field()));
      }
      norms.put(WireEnum.parse(Norm.class, key), answers);
    }
    Map<Section, String> sections = new EnumMap<>(Section.class);
    for (Section section : Section.values()) {
      sections.put(section, json.getString(section.field()));
    }
    return new Answers(norms, sections);
  }
}
