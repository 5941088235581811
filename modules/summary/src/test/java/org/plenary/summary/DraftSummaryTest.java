package org.plenary.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.plenary.testing.Drafting;
import org.plenary.testing.Api;
import org.plenary.testing.PlenaryTest;
import org.plenary.testing.TestServer;

@PlenaryTest
@DisplayName("A draft's summary gives each paragraph's state in the consensus tracker")
class DraftSummaryTest {

  private final Api api = TestServer.api();
  private final Drafting drafting = new Drafting(api);

  @Test
  @DisplayName("Paragraph 1 agreed, paragraph 2 contested with the Russian Federation named, the rest open")
  void paragraphs() {
    JsonObject draft = drafting.zeroDraft(3);
    String thread = Drafting.thread(draft);
    for (String persona : new String[] {"delegate-fra", "delegate-est", "delegate-bra", "delegate-idn", "delegate-mwi"}) {
      drafting.stance(persona, thread, Drafting.paragraph(draft, 1), "support").expect(201);
    }
    drafting.stance("delegate-rus", thread, Drafting.paragraph(draft, 2), "object").expect(201);

    JsonObject summary = api.as("moderator").post("/threads/" + thread + "/summaries").expect(201).json();
    JsonArray paragraphs = summary.getJsonObject("generated").getJsonArray("paragraphs");
    assertEquals("agreed", paragraphs.getJsonObject(0).getString("status"));
    assertEquals("contested", paragraphs.getJsonObject(1).getString("status"));
    assertEquals(new JsonArray().add("Russian Federation"), paragraphs.getJsonObject(1).getJsonArray("objectingStates"));
    assertEquals("open", paragraphs.getJsonObject(2).getString("status"));
    JsonObject objection = summary.getJsonObject("generated").getJsonArray("divergence").stream()
        .map(JsonObject.class::cast).filter(d -> "objection".equals(d.getString("kind"))).findFirst().orElseThrow();
    assertEquals(2, objection.getInteger("paragraph"));
    assertTrue(summary.getString("markdown").contains("Paragraph 2 is contested: Russian Federation objected"),
        summary.getString("markdown"));
  }
}
