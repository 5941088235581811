package org.plenary.radar;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.plenary.testing.Api;
import org.plenary.testing.People;

/** Signals, rounds and the raters of the radar's tests. */
final class RadarFixtures {

  private RadarFixtures() {
  }

  static JsonObject signal(String title) {
    return new JsonObject().put("title", title).put("description", "Seen in incident reports of the last year.")
        .put("category", "ransomware-critical-infrastructure").put("norms", new JsonArray().add("norm-f").add("norm-h"))
        .put("horizon", "1-3-years").put("sources", new JsonArray().add("https://example.org/report").add("A/78/265"));
  }

  static String propose(Api as, String title) {
    return as.withHeader("Idempotency-Key", UUID.randomUUID().toString()).post("/radar/signals", signal(title))
        .expect(201).json().getString("id");
  }

  static String openRound(Api api, String title) {
    return api.as("secretariat").withHeader("Idempotency-Key", UUID.randomUUID().toString())
        .post("/radar/rounds", new JsonObject().put("title", title)).expect(201).json().getString("id");
  }

  static void rate(Api as, String round, String signal, int likelihood, int impact) {
    as.put("/radar/rounds/" + round + "/signals/" + signal + "/assessment",
        new JsonObject().put("likelihood", likelihood).put("impact", impact)).expect(200);
  }

  /**
   * Ten organizations of three constituencies: five States (three of the Western European and other States, one
   * Eastern European, one Latin American and Caribbean), three civil-society organizations, and two
   * intergovernmental organizations.
   */
  static Map<String, Api> tenRaters(Api api) throws Exception {
    Map<String, Api> raters = new LinkedHashMap<>();
    raters.put("FRA", api.as("delegate-fra"));
    raters.put("DEU", People.signedIn(api, "radar-deu-" + UUID.randomUUID(), "DEU", "delegate"));
    raters.put("GBR", People.signedIn(api, "radar-gbr-" + UUID.randomUUID(), "GBR", "delegate"));
    raters.put("EST", api.as("delegate-est"));
    raters.put("BRA", api.as("delegate-bra"));
    raters.put("opennet", api.as("cs-opennet"));
    for (String name : new String[] {"cs1", "cs2"}) {
      String org = People.accreditedStakeholder(api);
      raters.put(name, People.signedIn(api, "radar-" + org, org, "delegate"));
    }
    raters.put("EU", api.as("delegate-eu"));
    raters.put("AU", People.signedIn(api, "radar-au-" + UUID.randomUUID(), "AU", "delegate"));
    return raters;
  }

  /** The figures of {@code signal} on the radar. */
  static JsonObject figures(JsonObject radar, String signal) {
    return radar.getJsonArray("signals").stream().map(JsonObject.class::cast)
        .filter(f -> f.getJsonObject("signal").getString("id").equals(signal)).findFirst()
        .orElseThrow(() -> new AssertionError("signal " + signal + " not on the radar"));
  }

  /** The figure of {@code group} among {@code key} ("constituencies" or "regionalGroups"). */
  static JsonObject group(JsonObject figures, String key, String group) {
    return figures.getJsonArray(key).stream().map(JsonObject.class::cast)
        .filter(f -> f.getString("group").equals(group)).findFirst().orElseThrow();
  }
}
