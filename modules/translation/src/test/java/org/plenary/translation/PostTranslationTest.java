package org.plenary.translation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.plenary.platform.i18n.Language;
import org.plenary.testing.Api;
import org.plenary.testing.Dialogue;
import org.plenary.testing.PlenaryTest;
import org.plenary.testing.Response;
import org.plenary.testing.TestServer;

@PlenaryTest
@DisplayName("Machine translation of posts: Apertium, the pivot, the cache, an edit, pairs no engine serves")
class PostTranslationTest {

  private final Api api = TestServer.api();
  private final Dialogue dialogue = Dialogue.on(api);

  @BeforeEach
  void apertiumIsThere() {
    String why = "Apertium with the eng-spa and fr-es pairs is not installed"
        + " (apt-get install apertium apertium-eng-spa apertium-fr-es)";
    boolean installed = TranslationContexts.APERTIUM.serves(Language.ES, Language.EN);
    if (!installed && "true".equalsIgnoreCase(System.getenv("CI"))) {
      throw new AssertionError(why + ": CI must install it (.ci/run)");
    }
    org.junit.jupiter.api.Assumptions.assumeTrue(installed, why);
  }

  private long post(String persona, String thread, String language, String body) {
    return dialogue.post(persona, thread, new JsonObject().put("language", language).put("body", body))
        .expect(201).json().getLong("id");
  }

  @Test
  @DisplayName("A Spanish post in English and, through Spanish, French; the second request runs no engine; an edit is translated afresh")
  void spanishPost() {
    String thread = dialogue.openThread("delegate-fra", "norms");
    long post = post("delegate-mwi", thread, "es", "La infraestructura crítica debe ser protegida.");
    String path = "/posts/" + post + "/translation?to=";
    int before = TranslationContexts.APERTIUM.calls();

    JsonObject english = api.as("delegate-fra").get(path + "en").expect(200).json();
    assertEquals("<p>The critical infrastructure has to be protected.</p>", english.getString("html"));
    assertEquals("es", english.getString("from"));
    assertEquals("en", english.getString("to"));
    assertEquals("apertium", english.getString("engine"));
    assertEquals(new JsonArray(), english.getJsonArray("via"));
    assertTrue(english.getBoolean("machine"));
    assertFalse(english.getBoolean("cached"));
    assertEquals("Unofficial machine translation (Apertium). Only the original is the record.",
        english.getString("notice"));
    assertEquals(before + 1, TranslationContexts.APERTIUM.calls());

    JsonObject again = api.anonymous().get(path + "en").expect(200).json();
    assertTrue(again.getBoolean("cached"), "the second reader is served from the cache");
    assertEquals(english.getString("html"), again.getString("html"));
    assertEquals(before + 1, TranslationContexts.APERTIUM.calls(), "Apertium did not run again");

    JsonObject french = api.as("delegate-fra").get(path + "fr").expect(200).json();
    assertTrue(french.getString("html").toLowerCase(Locale.ROOT).contains("infrastructure critique"),
        french.getString("html"));
    assertEquals(new JsonArray(), french.getJsonArray("via"), "Spanish to French is one of Apertium's pairs");

    api.as("delegate-mwi").patch("/posts/" + post, new JsonObject().put("body", "Los Estados cooperan.")).expect(200);
    int beforeEdit = TranslationContexts.APERTIUM.calls();
    JsonObject edited = api.as("delegate-fra").get(path + "en").expect(200).json();
    assertEquals("<p>The States cooperate.</p>", edited.getString("html"));
    assertEquals(2, edited.getInteger("version"));
    assertFalse(edited.getBoolean("cached"));
    assertEquals(beforeEdit + 1, TranslationContexts.APERTIUM.calls());
  }

  @Test
  @DisplayName("An English post in French goes through Spanish, and says so")
  void pivot() {
    String thread = dialogue.openThread("delegate-fra", "norms");
    long post = post("delegate-mwi", thread, "en", "Critical infrastructure must be protected.");
    JsonObject french = api.as("delegate-fra").get("/posts/" + post + "/translation?to=fr").expect(200).json();
    assertTrue(french.getString("html").toLowerCase(Locale.ROOT).contains("infrastructure critique"),
        french.getString("html"));
    assertEquals(new JsonArray().add("es"), french.getJsonArray("via"));
    assertEquals("Unofficial machine translation (Apertium, via Spanish). Only the original is the record.",
        french.getString("notice"));
  }

  @Test
  @DisplayName("A Russian post asked in English: no engine serves the pair, said plainly (422, not an error page)")
  void pairNobodyServes() {
    String thread = dialogue.openThread("delegate-fra", "norms");
    long post = post("delegate-rus", thread, "ru", "Критическая инфраструктура.");
    Response refused = api.as("delegate-fra").get("/posts/" + post + "/translation?to=en");
    assertEquals(422, refused.status());
    JsonObject problem = refused.json();
    assertTrue(problem.getString("type").endsWith("translation-pair-unavailable"), problem.encode());
    assertEquals("No translation engine serves Russian to English.", problem.getString("detail"));
    assertEquals(422, api.as("delegate-fra").get("/posts/" + post + "/translation?to=ru").status(),
        "already in Russian");
    assertEquals(400, api.as("delegate-fra").get("/posts/" + post + "/translation?to=de").status());
    assertEquals(400, api.as("delegate-fra").get("/posts/" + post + "/translation").status(), "to is required");
  }

  @Test
  @DisplayName("A failing engine is 'translation not available' (503 with Retry-After), never a 500")
  void failingEngine() {
    String thread = dialogue.openThread("delegate-fra", "norms");
    long post = post("delegate-mwi", thread, "ar", "البنية التحتية الحيوية");
    Response unavailable = api.as("delegate-fra").get("/posts/" + post + "/translation?to=en");
    assertEquals(503, unavailable.status());
    assertTrue(unavailable.json().getString("type").endsWith("translation-unavailable"));
    assertEquals("30", unavailable.header("Retry-After"));
  }

  @Test
  @DisplayName("The caller must be able to read the post; Chatham House and States' text never goes to the external engine")
  void readRulesAndRestrictedText() {
    String forStates = dialogue.openThread("delegate-fra", "norms", new JsonObject().put("audience", "states"));
    long secret = post("delegate-mwi", forStates, "es", "La infraestructura crítica.");
    assertEquals(404, api.anonymous().get("/posts/" + secret + "/translation?to=en").status());
    assertEquals(200, api.as("delegate-fra").get("/posts/" + secret + "/translation?to=en").status(), "Apertium is local");

    long chinese = post("delegate-mwi", forStates, "zh", "关键基础设施");
    int external = TranslationContexts.EXTERNAL.calls();
    Response refused = api.as("delegate-fra").get("/posts/" + chinese + "/translation?to=en");
    assertEquals(422, refused.status());
    assertTrue(refused.json().getString("detail").startsWith("Only an external engine serves Chinese to English"),
        refused.json().getString("detail"));
    assertEquals(external, TranslationContexts.EXTERNAL.calls(), "nothing was sent out");

    String open = dialogue.openThread("delegate-fra", "norms");
    long openChinese = post("delegate-mwi", open, "zh", "关键基础设施");
    JsonObject sent = api.as("delegate-fra").get("/posts/" + openChinese + "/translation?to=en").expect(200).json();
    assertEquals("libretranslate", sent.getString("engine"));
    assertTrue(sent.getString("html").contains("[EXTERNAL]"));
  }
}
