package org.plenary.implementation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.plenary.testing.Api;
import org.plenary.testing.PlenaryTest;
import org.plenary.testing.Response;
import org.plenary.testing.TestServer;

@PlenaryTest
@DisplayName("A refusal reads in its reader's language: ?lang=, else the account's, else Accept-Language, else English")
class ProblemLanguageTest {

  private final Api api = TestServer.api();
  private final ReportFixtures fixtures = new ReportFixtures(api);

  private static void prefer(Api as, String language) {
    as.put("/me/preferences", new JsonObject().put("language", language).put("emailDigest", false)).expect(200);
  }

  @Test
  @DisplayName("France's delegate reading Arabic: editing Brazil's report, a wrong address and a bad body in Arabic")
  void accountLanguage() {
    String cycle = fixtures.cycle();
    Api fra = api.as("delegate-fra");
    prefer(fra, "ar");
    try {
      Response refused = fixtures.save(fra, cycle, "BRA", 0, ReportFixtures.answers("c"));
      assertEquals("لا يجوز لمندوب عن FRA تعديل التقرير الوطني لـ BRA: فلا يفعل ذلك إلا مندوبو BRA.",
          refused.expectProblem(403));
      assertEquals("تقرير دولة أخرى", refused.json().getString("title"));
      assertEquals("/problems/own-state-delegates-only", refused.json().getString("type"), "the type stays the rule");
      assertEquals("ar", refused.header("Content-Language"));
      assertTrue(refused.header("Vary").contains("Accept-Language"), refused.header("Vary"));

      Response nowhere = fra.get("/no-such-thing");
      assertEquals("لا توجد عملية API في /api/v1/no-such-thing.", nowhere.expectProblem(404));
      assertEquals("غير موجود", nowhere.json().getString("title"));

      Response malformed = fra.put(ReportFixtures.report(cycle, "FRA") + "/draft",
          ReportFixtures.save(0, "en", ReportFixtures.answers("c")).put("baseVersion", "zero"));
      assertEquals("الحقل \"baseVersion\" في متن الطلب يجب أن يكون عدداً صحيحاً، لا سلسلة حروف.",
          malformed.expectProblem(400));
      assertEquals("الطلب غير صالح", malformed.json().getString("title"));
      assertEquals("#/baseVersion", malformed.json().getJsonArray("errors").getJsonObject(0).getString("location"),
          "the facts beside the detail stay as they are");

      Response asked = fixtures.save(fra.withHeader("Accept-Language", "ru"), cycle, "BRA", 0,
          ReportFixtures.answers("c"));
      assertEquals("ar", asked.header("Content-Language"), "the account's choice comes before the browser's");
      Response french = fra.put(ReportFixtures.report(cycle, "BRA") + "/draft?lang=fr",
          ReportFixtures.save(0, "en", ReportFixtures.answers("c")));
      assertEquals("Un délégué de FRA ne peut pas modifier le rapport national de BRA : seuls les délégués de BRA le"
          + " font.", french.expectProblem(403));
      assertEquals("fr", french.header("Content-Language"));
    } finally {
      prefer(fra, null);
    }
  }

  @Test
  @DisplayName("Without a choice of their own the browser's language counts; an English reader reads what they always did")
  void browserLanguageAndEnglish() {
    String cycle = fixtures.cycle();
    Response spanish = api.anonymous().withHeader("Accept-Language", "es-AR, en;q=0.5")
        .put(ReportFixtures.report(cycle, "FRA") + "/draft", ReportFixtures.save(0, "en", ReportFixtures.answers("c")));
    assertEquals("Inicie sesión primero: esta acción necesita un token portador.", spanish.expectProblem(401));
    assertEquals("es", spanish.header("Content-Language"));

    Response english = fixtures.save(api.as("delegate-bra"), cycle, "FRA", 0, ReportFixtures.answers("c"));
    assertEquals("A delegate of BRA may not edit the national report of FRA: only FRA's delegates do.",
        english.expectProblem(403));
    assertEquals("Another State's report", english.json().getString("title"));
    assertEquals("en", english.header("Content-Language"));
    Response german = api.as("delegate-bra").withHeader("Accept-Language", "de-DE")
        .put(ReportFixtures.report(cycle, "FRA") + "/draft", ReportFixtures.save(0, "en", ReportFixtures.answers("c")));
    assertEquals("en", german.header("Content-Language"), "a language Plenary does not speak falls back to English");
  }
}
