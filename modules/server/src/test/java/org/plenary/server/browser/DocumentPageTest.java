package org.plenary.server.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.plenary.testing.Api;
import org.plenary.testing.PlenaryTest;
import org.plenary.testing.SampleFiles;
import org.plenary.testing.TestServer;

@PlenaryTest
@ExtendWith(Chromium.class)
@DisplayName("A document of the registry, in the browser, in English and in Arabic")
class DocumentPageTest {

  private final Api api = TestServer.api();

  @Test
  @DisplayName("The page of a CRP shows its symbol, distribution, date of issue, agenda item and revision; in Arabic it reads right to left with the symbol kept left to right")
  void documentPageInEnglishAndArabic(Page page) throws Exception {
    Api secretariat = api.as("secretariat");
    String sessionTitle = "Organizational session " + System.nanoTime();
    String session = secretariat.withHeader("Idempotency-Key", UUID.randomUUID().toString()).post("/sessions",
        new JsonObject().put("kind", "organizational").put("title", sessionTitle).put("number", 1)
            .put("opensOn", "2026-03-23").put("closesOn", "2026-03-27").put("venue", "Conference Room 1")
            .put("timeZone", "America/New_York").put("audience", "states-and-stakeholders"))
        .expect(201).json().getString("id");
    String item = secretariat.put("/sessions/" + session + "/agenda", new JsonObject().put("items", new JsonArray()
            .add(new JsonObject().put("title", "Adoption of the agenda"))
            .add(new JsonObject().put("title", "Organization of work"))))
        .expect(200).json().getJsonArray("items").getJsonObject(1).getString("id");
    String body = "A/AC." + (300 + Math.floorMod(System.nanoTime(), 600)) + "/2026";
    String crp = issue(new JsonObject().put("symbol", body + "/CRP.1").put("title", "Modalities of stakeholder participation")
        .put("issuedOn", "2026-03-23").put("sessionId", session).put("agendaItemIds", new JsonArray().add(item)));
    api.as("secretariat").upload("/documents/" + crp + "/languages/en?original=true", SampleFiles.PDF, "crp1-en.pdf",
        SampleFiles.pdf("Modalities of stakeholder participation")).expect(200);
    JsonObject arabic = api.as("secretariat").upload("/documents/" + crp + "/languages/ar?advanceUnedited=true",
        SampleFiles.DOCX, "crp1-ar.docx", SampleFiles.docx("Modalities")).expect(200).json()
        .getJsonArray("languages").getJsonObject(0);
    String rev = issue(new JsonObject().put("symbol", body + "/CRP.1/Rev.1")
        .put("title", "Modalities of stakeholder participation").put("issuedOn", "2026-03-25").put("sessionId", session));

    page.navigate("/documents/" + crp);
    assertThat(page.locator("h1")).hasText("Modalities of stakeholder participation");
    assertThat(page.locator(".document-symbol")).hasText(body + "/CRP.1");
    Locator facts = page.locator("dl.facts");
    assertThat(facts).containsText("conference room paper");
    assertThat(facts).containsText("General");
    assertThat(facts).containsText("March 23, 2026");
    assertThat(facts).containsText("2. Organization of work");
    assertThat(facts.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(sessionTitle))).isVisible();
    Locator chain = page.locator("section[aria-labelledby=document-chain]");
    assertThat(chain).containsText("Followed by " + body + "/CRP.1/Rev.1 (revision)");
    assertThat(chain.locator("[aria-current=page]")).containsText(body + "/CRP.1");
    Locator languages = page.locator("section[aria-labelledby=document-languages]");
    assertThat(languages).containsText("2 language versions");
    Locator english = languages.locator("tr").filter(new Locator.FilterOptions().setHasText("English"));
    assertThat(english).containsText("crp1-en.pdf");
    assertThat(english).containsText("Original language");
    Locator arabicRow = languages.locator("tr").filter(new Locator.FilterOptions().setHasText("crp1-ar.docx"));
    assertThat(arabicRow).containsText("Advance unedited version");
    assertThat(arabicRow.locator("code.hash")).hasText(arabic.getJsonObject("file").getString("sha256"));
    Axe.assertNoSeriousViolations(page, "a document's page");
    page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.artifact("document-page.png")).setFullPage(true));

    chain.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(body + "/CRP.1/Rev.1")).first().click();
    assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/documents/" + rev));
    assertThat(page.locator("section[aria-labelledby=document-chain]")).containsText("This document revises " + body + "/CRP.1");

    page.getByLabel("Language", new Page.GetByLabelOptions().setExact(true)).selectOption("ar");
    assertThat(page.locator("html")).hasAttribute("dir", "rtl");
    assertThat(page.locator("h2#document-chain")).hasText("التنقيحات والتصويبات والإضافات");
    assertThat(page.locator("dl.facts")).containsText("ورقة غرفة اجتماعات");
    assertThat(page.locator("dl.facts")).containsText("عام");
    assertThat(page.locator("section[aria-labelledby=document-chain]")).containsText("هذه الوثيقة تنقّح");
    assertThat(page.locator(".document-symbol bdi")).hasAttribute("dir", "ltr");
    assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("العودة إلى سجل الوثائق"))).isVisible();
    page.goBack();
    assertThat(page.locator("section[aria-labelledby=document-languages]")).containsText("نسخة مسبقة غير محررة");
    assertThat(page.locator("section[aria-labelledby=document-languages]")).containsText("نسختان لغويتان");
    Axe.assertNoSeriousViolations(page, "a document's page in Arabic");
    page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.artifact("document-page-ar.png")).setFullPage(true));
  }

  private String issue(JsonObject document) {
    return api.as("secretariat").withHeader("Idempotency-Key", UUID.randomUUID().toString()).post("/documents", document)
        .expect(201).json().getString("id");
  }
}
