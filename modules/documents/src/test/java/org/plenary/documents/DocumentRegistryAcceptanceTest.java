package org.plenary.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.plenary.testing.Api;
import org.plenary.testing.Dialogue;
import org.plenary.testing.PlenaryTest;
import org.plenary.testing.SampleFiles;
import org.plenary.testing.ServerDatabase;
import org.plenary.testing.TestServer;

@PlenaryTest
@DisplayName("Issue 15 acceptance: the Secretariat issues A/AC.292/2026/CRP.1, then /Rev.1, and a post links to it")
class DocumentRegistryAcceptanceTest {

  private final Api api = TestServer.api();
  private final DocumentFixtures fixtures = new DocumentFixtures(api);

  @Test
  @DisplayName("CRP.1 and its Rev.1 are issued under agenda item 5; each page shows the chain both ways; a post mentioning them links to the registry")
  void crpThenRevisionThenPost() {
    JsonObject session = fixtures.session("substantive", 5);
    String item5 = DocumentFixtures.agendaItem(session, 4);
    JsonObject crp = fixtures.issued(DocumentFixtures.document("A/AC.292/2026/CRP.1",
            "Elements for the annual progress report").put("sessionId", session.getString("id"))
        .put("agendaItemIds", new JsonArray().add(item5)));
    assertEquals("A/AC.292/2026/CRP.1", crp.getString("symbol"));
    assertEquals("conference-room-paper", crp.getJsonObject("parts").getString("kind"));
    assertEquals("general", crp.getString("distribution"));
    assertEquals(session.getString("title"), crp.getJsonObject("session").getString("title"));
    assertEquals("5", crp.getJsonArray("agendaItems").getJsonObject(0).getString("number"));
    inEnglishAndFrench(crp.getString("id"), "CRP.1");

    JsonObject rev = fixtures.issued(DocumentFixtures.document("A/AC.292/2026/CRP.1/Rev.1",
        "Elements for the annual progress report").put("issuedOn", "2026-03-25")
        .put("sessionId", session.getString("id")).put("agendaItemIds", new JsonArray().add(item5)));
    assertEquals(crp.getString("id"), rev.getJsonObject("predecessor").getString("id"));
    assertEquals("revises", rev.getJsonObject("predecessor").getString("relation"));
    JsonObject revised = inEnglishAndFrench(rev.getString("id"), "CRP.1-Rev.1");
    assertEquals(List.of("en", "fr"), revised.getJsonArray("languages").stream()
        .map(v -> ((JsonObject) v).getString("language")).toList());

    JsonObject base = api.anonymous().get("/documents/" + crp.getString("id")).expect(200).json();
    assertEquals(List.of("A/AC.292/2026/CRP.1/Rev.1"), symbols(base.getJsonArray("successors")));
    assertEquals(List.of("A/AC.292/2026/CRP.1", "A/AC.292/2026/CRP.1/Rev.1"), symbols(base.getJsonArray("family")));

    JsonObject listed = api.anonymous().get("/documents?symbol=a/ac.292/2026/crp.1/rev.1").expect(200).items()
        .getJsonObject(0);
    assertEquals(rev.getString("id"), listed.getString("id"), "looked up by symbol in any case");

    String thread = Dialogue.on(api).openThread("moderator", "institutional-dialogue", new JsonObject()
        .put("body", "Comments on A/AC.292/2026/CRP.1/Rev.1 are welcome.").put("language", "fr"));
    String threadHtml = api.anonymous().get("/threads/" + thread).expect(200).json().getString("bodyHtml");
    assertTrue(threadHtml.contains("href=\"/documents/" + rev.getString("id") + "\""), threadHtml);
    JsonObject post = Dialogue.on(api).comment("delegate-fra", thread, "France welcomes A/AC.292/2026/CRP.1/Rev.1,"
        + " which improves on A/AC.292/2026/CRP.1, and recalls A/RES/73/266.");
    String html = post.getString("bodyHtml");
    assertTrue(html.contains("href=\"/documents/" + rev.getString("id") + "\""), html);
    assertTrue(html.contains("href=\"/documents/" + crp.getString("id") + "\""), html);
    assertTrue(html.contains("href=\"https://docs.un.org/en/A/RES/73/266\""), "not in the registry: " + html);
    String preview = api.as("delegate-fra").post("/markdown/preview", new JsonObject()
        .put("markdown", "See A/AC.292/2026/CRP.1.").put("language", "en")).expect(200).json().getString("html");
    assertTrue(preview.contains("href=\"/documents/" + crp.getString("id") + "\""), "the preview as the post: " + preview);

    assertEquals(List.of("document:" + rev.getString("id"), "session:" + session.getString("id")),
        ServerDatabase.about("documentId", rev.getString("id")).stream().filter(e -> e.type().equals("document.issued"))
            .map(ServerDatabase.Event::stream).toList(), "on the document's stream and the session's");
    assertEquals(4, ServerDatabase.about("documentId", rev.getString("id")).stream()
        .filter(e -> e.type().equals("document.language-version.added")).count(), "two versions, two streams each");
    JsonArray audit = api.as("secretariat").get("/audit?subjectType=document&subjectId=" + rev.getString("id"))
        .expect(200).items();
    assertFalse(audit.isEmpty(), "the issue is audited");
  }

  /** The English original and the French version, each a file; the document as the last upload answers it. */
  private JsonObject inEnglishAndFrench(String id, String name) {
    api.as("secretariat").upload("/documents/" + id + "/languages/en?original=true", SampleFiles.PDF, name + "-en.pdf",
        SampleFiles.pdf("Elements for the annual progress report")).expect(200);
    JsonObject document = api.as("secretariat").upload("/documents/" + id + "/languages/fr", SampleFiles.PDF,
        name + "-fr.pdf", SampleFiles.pdf("Elements du rapport annuel")).expect(200).json();
    assertEquals(2, document.getJsonArray("languages").size());
    return document;
  }

  private static List<String> symbols(JsonArray references) {
    return references.stream().map(r -> ((JsonObject) r).getString("symbol")).toList();
  }
}
