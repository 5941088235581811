package org.plenary.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.plenary.testing.Api;
import org.plenary.testing.Drafting;
import org.plenary.testing.PlenaryTest;
import org.plenary.testing.TestServer;

@PlenaryTest
@DisplayName("The document registry refuses what is wrong, naming why, and shows each reader what its distribution allows")
class DocumentRegistryRulesTest {

  private final Api api = TestServer.api();
  private final DocumentFixtures fixtures = new DocumentFixtures(api);

  @ParameterizedTest
  @CsvSource({
      "A/AC.292/2026/XYZ.1, kind", "A/AC.292/CRP.1, session", "Q/AC.292/2026/1, body", "A/AC.292/2026/CRP.0, number",
      "A/AC.292/2026/CRP.1/Rev.1/Rev.2, chain", "'A/AC.292/2026/ 1', symbol"})
  @DisplayName("A malformed symbol: 400 problem naming the wrong part, nothing issued")
  void malformedSymbol(String symbol, String part) {
    JsonObject problem = DocumentFixtures.problem(fixtures.issue("secretariat", DocumentFixtures.document(symbol, "A title"))
        , 400);
    assertEquals("/problems/malformed-symbol", problem.getString("type"));
    assertEquals(part, problem.getString("part"));
    assertTrue(problem.getString("detail").contains("the " + part + " is wrong"), problem.getString("detail"));
    assertEquals(DocumentFixtures.problem(api.anonymous().get("/documents?symbol=" + symbol.replace(" ", "%20"))
        , 400).getString("part"), part, "the lookup by symbol says the same");
  }

  @Test
  @DisplayName("A revision, corrigendum or addendum of a document the registry does not hold: 422 naming it")
  void predecessorMustBeIssued() {
    String base = DocumentFixtures.body() + "/" + DocumentFixtures.uniqueYear() + "/WP.1";
    JsonObject problem = DocumentFixtures.problem(fixtures.issue("secretariat", DocumentFixtures.document(base + "/Rev.1",
        "A revision")), 422);
    assertEquals("/problems/predecessor-not-issued", problem.getString("type"));
    assertTrue(problem.getString("detail").contains("issue " + base + " first"), problem.getString("detail"));

    fixtures.issued(DocumentFixtures.document(base, "The working paper"));
    fixtures.issued(DocumentFixtures.document(base + "/Rev.1", "Its revision"));
    assertEquals(422, fixtures.issue("secretariat", DocumentFixtures.document(base + "/Rev.3", "Rev.2 missing"))
        .status(), "Rev.3 revises Rev.2");
    JsonObject corr = fixtures.issued(DocumentFixtures.document(base + "/Rev.1/Corr.1", "A corrigendum"));
    assertEquals("corrects", corr.getJsonObject("predecessor").getString("relation"));
    assertEquals(base + "/Rev.1", corr.getJsonObject("predecessor").getString("symbol"));
  }

  @Test
  @DisplayName("One symbol, one document: 409; only the Secretariat issues: 403 naming the rule")
  void takenSymbolAndWhoIssues() {
    String symbol = DocumentFixtures.body() + "/" + DocumentFixtures.uniqueYear() + "/1";
    fixtures.issued(DocumentFixtures.document(symbol, "Provisional agenda"));
    assertEquals("/problems/symbol-taken", DocumentFixtures.problem(fixtures.issue("secretariat",
        DocumentFixtures.document(symbol.toLowerCase(), "Again")), 409).getString("type"));
    for (String persona : List.of("delegate-fra", "chair", "moderator", "ps-contoso")) {
      assertEquals("/problems/documents-issued-by-secretariat", DocumentFixtures.problem(fixtures.issue(persona,
          DocumentFixtures.document(symbol + "/Add.1", "Addendum")), 403).getString("type"), persona);
    }
    assertEquals(401, api.anonymous().withHeader("Idempotency-Key", UUID.randomUUID().toString())
        .post("/documents", DocumentFixtures.document(symbol + "/Add.1", "Addendum")).status());
  }

  @Test
  @DisplayName("Sessions and agenda items: an unknown session, an item of another session, items without a session: 400")
  void sessionsAndAgendaItems() {
    JsonObject session = fixtures.session("organizational", 3);
    JsonObject other = fixtures.session("substantive", 2);
    String symbol = DocumentFixtures.body() + "/" + DocumentFixtures.uniqueYear() + "/CRP.1";
    JsonObject doc = DocumentFixtures.document(symbol, "A paper");
    assertEquals("/problems/unknown-session", problem(doc.copy().put("sessionId", UUID.randomUUID().toString())));
    assertEquals("/problems/agenda-item-not-of-session", problem(doc.copy().put("sessionId", session.getString("id"))
        .put("agendaItemIds", new JsonArray().add(DocumentFixtures.agendaItem(other, 0)))));
    assertEquals("/problems/agenda-item-without-session", problem(doc.copy()
        .put("agendaItemIds", new JsonArray().add(DocumentFixtures.agendaItem(session, 0)))));
    assertEquals("/problems/agenda-item-twice", problem(doc.copy().put("sessionId", session.getString("id"))
        .put("agendaItemIds", new JsonArray().add(DocumentFixtures.agendaItem(session, 1))
            .add(DocumentFixtures.agendaItem(session, 1)))));
    assertEquals(0, api.anonymous().get("/documents?symbol=" + symbol).expect(200).items().size(), "nothing issued");
  }

  @Test
  @DisplayName("Limited documents for participants, restricted ones for States and the Secretariat; others are told of neither")
  void distribution() {
    String body = DocumentFixtures.body() + "/" + DocumentFixtures.uniqueYear();
    JsonObject limited = fixtures.issued(DocumentFixtures.document(body + "/L.1", "Draft decision"));
    assertEquals("limited", limited.getString("distribution"), "an L. symbol is limited unless said otherwise");
    JsonObject restricted = fixtures.issued(DocumentFixtures.document(body + "/2", "Note verbale")
        .put("distribution", "restricted"));
    String byBody = "/documents?q=" + body;
    assertEquals(List.of(), symbols(api.anonymous(), byBody));
    assertEquals(404, api.anonymous().get("/documents/" + limited.getString("id")).status());
    assertEquals(List.of(body + "/L.1"), symbols(api.as("ps-contoso"), byBody));
    assertEquals(404, api.as("ps-contoso").get("/documents/" + restricted.getString("id")).status());
    assertEquals(List.of(), symbols(api.as("cs-pending"), byBody), "a pending stakeholder does not take part yet");
    assertEquals(List.of(body + "/2", body + "/L.1"), symbols(api.as("delegate-mwi"), byBody));
    assertEquals(200, api.as("secretariat").get("/documents/" + restricted.getString("id")).status());
  }

  @Test
  @DisplayName("The list filters by session, agenda item, kind and text, and pages with a cursor")
  void listFiltersAndPages() {
    JsonObject session = fixtures.session("organizational", 2);
    String body = DocumentFixtures.body() + "/" + DocumentFixtures.uniqueYear();
    for (int i = 1; i <= 3; i++) {
      fixtures.issued(DocumentFixtures.document(body + "/CRP." + i, "Paper " + i).put("sessionId", session.getString("id"))
          .put("agendaItemIds", new JsonArray().add(DocumentFixtures.agendaItem(session, i % 2))));
    }
    fixtures.issued(DocumentFixtures.document(body + "/1", "Provisional agenda").put("sessionId", session.getString("id")));
    String bySession = "/documents?session=" + session.getString("id");
    assertEquals(List.of(body + "/1", body + "/CRP.1", body + "/CRP.2", body + "/CRP.3"), symbols(api.anonymous(), bySession));
    assertEquals(List.of(body + "/CRP.2"), symbols(api.anonymous(), bySession + "&agendaItem="
        + DocumentFixtures.agendaItem(session, 0)));
    assertEquals(List.of(body + "/1"), symbols(api.anonymous(), bySession + "&kind=document"));
    assertEquals(List.of(body + "/CRP.3"), symbols(api.anonymous(), bySession + "&q=PAPER%203"));
    JsonObject first = api.anonymous().get(bySession + "&limit=3").expect(200).json();
    assertEquals(3, first.getJsonArray("items").size());
    JsonObject second = api.anonymous().get(bySession + "&limit=3&cursor=" + first.getString("next")).expect(200).json();
    assertEquals(List.of(body + "/CRP.3"), second.getJsonArray("items").stream()
        .map(d -> ((JsonObject) d).getString("symbol")).toList());
    assertEquals(null, second.getString("next"));
    assertEquals(400, api.anonymous().get(bySession + "&cursor=forged").status());
  }

  @Test
  @DisplayName("A published version of a draft is issued as a document; a thread that is no draft, or a version not published: 400")
  void draftIssuedAsDocument() {
    Drafting drafting = new Drafting(api);
    JsonObject zero = drafting.zeroDraft(2);
    String thread = zero.getString("threadId");
    String body = DocumentFixtures.body() + "/" + DocumentFixtures.uniqueYear();
    JsonObject issued = fixtures.issued(DocumentFixtures.document(body + "/WP.1", "Zero draft of the report")
        .put("draft", new JsonObject().put("threadId", thread).put("version", 0)));
    assertEquals(new JsonObject().put("threadId", thread).put("version", 0), issued.getJsonObject("draft"));
    assertEquals("/problems/not-a-published-draft", problem(DocumentFixtures.document(body + "/WP.2", "Rev.1")
        .put("draft", new JsonObject().put("threadId", thread).put("version", 1))));
    String discussion = org.plenary.testing.Dialogue.on(api).openThread("moderator", "norms");
    assertEquals("/problems/not-a-published-draft", problem(DocumentFixtures.document(body + "/WP.2", "Not a draft")
        .put("draft", new JsonObject().put("threadId", discussion).put("version", 0))));
  }

  private String problem(JsonObject document) {
    return DocumentFixtures.problem(fixtures.issue("secretariat", document), 400).getString("type");
  }

  private static List<String> symbols(Api reader, String path) {
    return reader.get(path).expect(200).items().stream().map(d -> ((JsonObject) d).getString("symbol")).sorted().toList();
  }
}
