package org.plenary.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.plenary.testing.Api;

@DisplayName("Dev mode seeds the registry: the organizational session's documents and stakeholders' written inputs")
class DemoDocumentsTest {

  private static Api api;

  @BeforeAll
  static void start() throws Exception {
    api = DemoServer.api();
  }

  @Test
  @DisplayName("The provisional and adopted agendas, the CRP with its Rev.1 and the report, of the organizational session")
  void documentsOfTheOrganizationalSession() {
    JsonArray registry = api.get("/documents?q=A/AC.292/2026").expect(200).items();
    assertEquals(Set.of("A/AC.292/2026/1", "A/AC.292/2026/2", "A/AC.292/2026/3", "A/AC.292/2026/CRP.1",
        "A/AC.292/2026/CRP.1/Rev.1"), registry.stream().map(d -> ((JsonObject) d).getString("symbol"))
        .collect(Collectors.toSet()));
    JsonObject rev = api.get("/documents?symbol=A/AC.292/2026/CRP.1/Rev.1").expect(200).items().getJsonObject(0);
    assertEquals("A/AC.292/2026/CRP.1", rev.getJsonObject("predecessor").getString("symbol"));
    JsonObject agenda = api.get("/documents/" + api.get("/documents?symbol=A/AC.292/2026/1").expect(200).items()
        .getJsonObject(0).getString("id")).expect(200).json();
    assertEquals("organizational", agenda.getJsonObject("session").getString("kind"));
    assertEquals("concluded", agenda.getJsonObject("session").getString("status"));
    assertEquals(6, agenda.getJsonArray("languages").size(), "the provisional agenda in the six languages");
    JsonObject arabic = agenda.getJsonArray("languages").getJsonObject(0);
    assertEquals("ar", arabic.getString("language"));
    assertEquals(200, api.download(arabic.getJsonObject("file").getString("href").substring("/api/v1".length()))
        .status());
  }

  @Test
  @DisplayName("Contoso's written input to the substantive session is published; Open Networks' awaits review")
  void writtenInputs() {
    JsonArray published = api.get("/written-inputs?status=published").expect(200).items();
    assertEquals("Contoso Security", published.getJsonObject(0).getJsonObject("organization").getString("name"));
    JsonArray pending = api.as("secretariat").get("/written-inputs?status=submitted").expect(200).items();
    assertEquals("Open Networks Alliance", pending.getJsonObject(0).getJsonObject("organization").getString("name"));
    assertEquals(0, api.get("/written-inputs?status=submitted").expect(200).items().size(), "not public");
  }
}
