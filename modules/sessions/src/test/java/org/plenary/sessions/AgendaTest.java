package org.plenary.sessions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.plenary.testing.Api;
import org.plenary.testing.Dialogue;
import org.plenary.testing.PlenaryTest;
import org.plenary.testing.TestServer;

@PlenaryTest
@DisplayName("The provisional agenda: numbered items and sub-items, links to the forum, set by the Secretariat")
class AgendaTest {

  private final Api api = TestServer.api();
  private final SessionFixtures fixtures = new SessionFixtures(api);

  @Test
  @DisplayName("The Secretariat sets an agenda of five items, one with sub-items; items keep their ids when revised")
  void provisionalAgenda() {
    String session = fixtures.session(SessionFixtures.substantive(1));
    String thread = Dialogue.on(api).openThread("moderator", "norms");
    JsonObject agenda = SessionFixtures.agenda(SessionFixtures.FIVE_ITEMS);
    agenda.getJsonArray("items").getJsonObject(1).put("topics", new JsonArray().add("norms"))
        .put("threads", new JsonArray().add(thread))
        .put("subItems", new JsonArray().add(new JsonObject().put("title", "Implementation of the norms"))
            .add(new JsonObject().put("title", "Further development of the norms")));
    JsonObject set = fixtures.setAgenda("secretariat", session, agenda).expect(200).json();
    assertEquals("provisional", set.getString("status"));
    assertEquals(1, set.getInteger("version"));
    JsonArray items = set.getJsonArray("items");
    assertEquals(5, items.size());
    assertEquals("2", items.getJsonObject(1).getString("number"));
    assertEquals("2(b)", items.getJsonObject(1).getJsonArray("subItems").getJsonObject(1).getString("number"));
    assertEquals(thread, items.getJsonObject(1).getJsonArray("threads").getString(0));

    // Revised: "Capacity-building" moves before "Confidence-building measures" and keeps its id.
    String capacityId = items.getJsonObject(4).getString("id");
    JsonObject revised = SessionFixtures.agenda("Adoption of the agenda", "Organization of work");
    revised.getJsonArray("items").add(new JsonObject().put("id", capacityId).put("title", "Capacity-building"));
    JsonObject second = fixtures.setAgenda("chair", session, revised).expect(200).json();
    assertEquals(2, second.getInteger("version"));
    assertEquals(capacityId, second.getJsonArray("items").getJsonObject(2).getString("id"));
    assertEquals("3", second.getJsonArray("items").getJsonObject(2).getString("number"));
    JsonObject shown = api.get("/sessions/" + session).expect(200).json().getJsonObject("agenda");
    assertEquals(2, shown.getInteger("version"));
    assertEquals(3, shown.getJsonArray("items").size());
  }

  @Test
  @DisplayName("Bad agendas: by a delegate, an unknown thread (422 naming it), a draft that is not one, a foreign id")
  void badAgendas() {
    String session = fixtures.session(SessionFixtures.substantive(1));
    JsonObject agenda = SessionFixtures.agenda(SessionFixtures.FIVE_ITEMS);
    String refusal = fixtures.setAgenda("delegate-fra", session, agenda).expectProblem(403);
    assertTrue(refusal.contains("Secretariat or the Chair"), refusal);
    fixtures.setAgenda("moderator", session, agenda).expectProblem(403);
    api.anonymous().put("/sessions/" + session + "/agenda", agenda).expectProblem(401);

    String unknown = UUID.randomUUID().toString();
    JsonObject withUnknown = agenda.copy();
    withUnknown.getJsonArray("items").getJsonObject(0).put("threads", new JsonArray().add(unknown));
    String detail = fixtures.setAgenda("secretariat", session, withUnknown).expectProblem(422);
    assertTrue(detail.contains(unknown), detail);
    String discussion = Dialogue.on(api).openThread("moderator", "norms");
    JsonObject notADraft = agenda.copy();
    notADraft.getJsonArray("items").getJsonObject(0).put("drafts", new JsonArray().add(discussion));
    assertTrue(fixtures.setAgenda("secretariat", session, notADraft).expectProblem(422).contains(discussion));
    JsonObject foreignId = agenda.copy();
    foreignId.getJsonArray("items").getJsonObject(0).put("id", UUID.randomUUID().toString());
    fixtures.setAgenda("secretariat", session, foreignId).expectProblem(400);
    fixtures.setAgenda("secretariat", session, new JsonObject().put("items", new JsonArray())).expectProblem(400);
    fixtures.setAgenda("secretariat", UUID.randomUUID().toString(), agenda).expectProblem(404);
    assertTrue(api.get("/sessions/" + session).expect(200).json().getJsonObject("agenda") == null, "nothing written");
  }
}
