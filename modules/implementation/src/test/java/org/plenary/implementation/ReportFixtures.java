package org.plenary.implementation;

import io.vertx.core.json.JsonObject;
import java.util.UUID;
import org.plenary.testing.Api;
import org.plenary.testing.Response;

/** Short-hands for the cycles and reports the tests write. */
final class ReportFixtures {

  private final Api api;

  ReportFixtures(Api api) {
    this.api = api;
  }

  /** A new cycle of its own, so that tests sharing the server do not see each other's reports. */
  String cycle() {
    return cycle("2099-12-31");
  }

  /** A new cycle whose reports are due by {@code cutOff} (YYYY-MM-DD). */
  String cycle(String cutOff) {
    String id = "t-" + UUID.randomUUID().toString().substring(0, 8);
    api.as("secretariat").withHeader("Idempotency-Key", UUID.randomUUID().toString()).post("/reporting-cycles",
        new JsonObject().put("id", id).put("title", "Test cycle " + id).put("cutOff", cutOff)).expect(201);
    return id;
  }

  static String report(String cycle, String state) {
    return "/reporting-cycles/" + cycle + "/reports/" + state;
  }

  /** Answers on the norms given by letter, each with its understanding and what the State has done in law. */
  static JsonObject answers(String... letters) {
    JsonObject norms = new JsonObject();
    for (String letter : letters) {
      norms.put("norm-" + letter, new JsonObject().put("understanding", "Our understanding of norm (" + letter + ").")
          .put("law", "The law that implements norm (" + letter + ")."));
    }
    return new JsonObject().put("norms", norms);
  }

  static JsonObject save(int base, String language, JsonObject answers) {
    return new JsonObject().put("baseVersion", base).put("language", language).put("answers", answers);
  }

  Response save(Api as, String cycle, String state, int base, JsonObject answers) {
    return as.put(report(cycle, state) + "/draft", save(base, "en", answers));
  }

  Response submit(Api as, String cycle, String state) {
    return as.post(report(cycle, state) + "/submit");
  }

  Response publish(Api as, String cycle, String state, String audience) {
    return as.post(report(cycle, state) + "/publish", new JsonObject().put("audience", audience));
  }

  /** Saves, submits and publishes a report on these norms in one go. */
  void published(String persona, String cycle, String state, String audience, String language, String... norms) {
    Api as = api.as(persona);
    int base = as.get(report(cycle, state) + "/draft").expect(200).json().getInteger("latestVersion");
    as.put(report(cycle, state) + "/draft", save(base, language, answers(norms))).expect(200);
    submit(as, cycle, state).expect(200);
    publish(as, cycle, state, audience).expect(200);
  }
}
