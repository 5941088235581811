package org.plenary.translation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.plenary.platform.i18n.Language;
import org.plenary.testing.Api;
import org.plenary.testing.PlenaryTest;
import org.plenary.testing.Response;
import org.plenary.testing.TestServer;

@PlenaryTest
@DisplayName("Machine translation of reports and good practices: the answers translated, the headings the survey's")
class ReportTranslationTest {

  private final Api api = TestServer.api();

  @BeforeEach
  void apertiumIsThere() {
    boolean installed = TranslationContexts.APERTIUM.serves(Language.ES, Language.EN);
    if (!installed && "true".equalsIgnoreCase(System.getenv("CI"))) {
      throw new AssertionError("Apertium is not installed: CI must install it (.ci/run)");
    }
    org.junit.jupiter.api.Assumptions.assumeTrue(installed, "Apertium with eng-spa is not installed");
  }

  /** A cycle of its own, so that tests sharing the server do not see each other's reports. */
  private String cycle() {
    String id = "t-" + UUID.randomUUID().toString().substring(0, 8);
    api.as("secretariat").withHeader("Idempotency-Key", UUID.randomUUID().toString()).post("/reporting-cycles",
        new JsonObject().put("id", id).put("title", "Test cycle " + id).put("cutOff", "2099-12-31")).expect(201);
    return id;
  }

  private static String report(String cycle, String state) {
    return "/reporting-cycles/" + cycle + "/reports/" + state;
  }

  private void publish(String persona, String cycle, String state, String language, String audience,
                       JsonObject answers) {
    Api as = api.as(persona);
    as.put(report(cycle, state) + "/draft", new JsonObject().put("baseVersion", 0).put("language", language)
        .put("answers", answers)).expect(200);
    as.post(report(cycle, state) + "/submit").expect(200);
    as.post(report(cycle, state) + "/publish", new JsonObject().put("audience", audience)).expect(200);
  }

  @Test
  @DisplayName("Brazil's Spanish report in English: answers by Apertium under English headings, cached; unpublished 404")
  void spanishReport() {
    String cycle = cycle();
    String path = report(cycle, "BRA") + "/translation?to=";
    assertEquals(404, api.as("delegate-fra").get(path + "en").status(), "nothing published yet");
    publish("delegate-bra", cycle, "BRA", "es", "public", new JsonObject()
        .put("norms", new JsonObject().put("norm-g", new JsonObject()
            .put("understanding", "Protegemos la infraestructura crítica.")))
        .put("capacityBuilding", "Los Estados cooperan."));
    int before = TranslationContexts.APERTIUM.calls();

    JsonObject english = api.anonymous().get(path + "en").expect(200).json();
    assertEquals("<h2>Norm (g): Protection of critical infrastructure</h2><h3>Understanding of the norm</h3>"
        + "<p>We protect the critical infrastructure.</p><h2>Capacity-building</h2><p>The States cooperate.</p>",
        english.getString("html"));
    assertEquals("report", english.getString("kind"));
    assertEquals(cycle + "/BRA", english.getString("id"));
    assertEquals(1, english.getInteger("version"));
    assertEquals("es", english.getString("from"));
    assertEquals("apertium", english.getString("engine"));
    assertTrue(english.getBoolean("machine"));
    assertFalse(english.getBoolean("cached"));
    assertEquals(before + 1, TranslationContexts.APERTIUM.calls());

    JsonObject again = api.as("delegate-fra").get(path + "en").expect(200).json();
    assertTrue(again.getBoolean("cached"), "the second reader is served from the cache");
    assertEquals(english.getString("html"), again.getString("html"));
    assertEquals(before + 1, TranslationContexts.APERTIUM.calls(), "Apertium did not run again");

    JsonObject french = api.as("delegate-fra").get(path + "fr").expect(200).json();
    assertTrue(french.getString("html").startsWith("<h2>Norme (g)"), "French headings from the catalogue: "
        + french.getString("html"));
    assertTrue(french.getString("html").contains("Protection des infrastructures critiques</h2>"),
        french.getString("html"));
    assertTrue(french.getString("html").contains("infrastructure critique"), french.getString("html"));

    assertEquals(422, api.anonymous().get(path + "es").status(), "already in Spanish");
    assertEquals(400, api.anonymous().get(path + "de").status());
  }

  @Test
  @DisplayName("Malawi's report for States: 401 anonymous, 403 civil society, translated for Brazil; never sent out")
  void statesReport() {
    String cycle = cycle();
    publish("delegate-mwi", cycle, "MWI", "en", "states", new JsonObject().put("norms", new JsonObject()
        .put("norm-f", new JsonObject().put("law", "Critical infrastructure must be protected."))));
    String path = report(cycle, "MWI") + "/translation?to=es";

    assertEquals(401, api.anonymous().get(path).status());
    assertEquals(403, api.as("cs-opennet").get(path).status());
    JsonObject spanish = api.as("delegate-bra").get(path).expect(200).json();
    assertTrue(spanish.getString("html").startsWith("<h2>"), spanish.getString("html"));
    assertTrue(spanish.getString("html").contains("infraestructura crítica"), spanish.getString("html"));
    assertEquals("apertium", spanish.getString("engine"), "Apertium runs on this server: restricted text may go to it");

    String chinese = cycle();
    publish("delegate-mwi", chinese, "MWI", "zh", "states", new JsonObject().put("norms", new JsonObject()
        .put("norm-f", new JsonObject().put("law", "关键基础设施"))));
    int external = TranslationContexts.EXTERNAL.calls();
    Response refused = api.as("delegate-bra").get(report(chinese, "MWI") + "/translation?to=en");
    assertEquals(422, refused.status());
    assertTrue(refused.json().getString("detail").startsWith("Only an external engine serves Chinese to English"),
        refused.json().getString("detail"));
    assertEquals(external, TranslationContexts.EXTERNAL.calls(), "nothing was sent out");
  }

  @Test
  @DisplayName("A Spanish good practice in English: its title and parts translated, the parts' headings the page's")
  void goodPractice() {
    JsonObject shared = api.as("delegate-bra").withHeader("Idempotency-Key", UUID.randomUUID().toString())
        .post("/good-practices", new JsonObject().put("title", "La infraestructura crítica")
            .put("what", "Protegemos la infraestructura crítica.").put("who", "Los Estados cooperan.")
            .put("lessons", "").put("links", new JsonArray()).put("language", "es")
            .put("norms", new JsonArray().add("norm-g")))
        .expect(201).json();
    String path = "/good-practices/" + shared.getString("id") + "/translation?to=en";
    JsonObject english = api.anonymous().get(path).expect(200).json();
    assertEquals("<p><strong>The critical infrastructure</strong></p><h2>What was done</h2>"
        + "<p>We protect the critical infrastructure.</p><h2>Who took part</h2><p>The States cooperate.</p>",
        english.getString("html"));
    assertEquals("practice", english.getString("kind"));
    assertTrue(api.anonymous().get(path).expect(200).json().getBoolean("cached"));
    assertEquals(404, api.anonymous().get("/good-practices/" + UUID.randomUUID() + "/translation?to=en").status());
  }
}
