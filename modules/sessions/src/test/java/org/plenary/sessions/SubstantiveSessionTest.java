package org.plenary.sessions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.plenary.testing.Api;
import org.plenary.testing.PlenaryTest;
import org.plenary.testing.TestServer;

@PlenaryTest
@DisplayName("A substantive session run by the Secretariat: opened, agenda adopted and amended, concluded and frozen")
class SubstantiveSessionTest {

  private final Api api = TestServer.api();
  private final SessionFixtures fixtures = new SessionFixtures(api);

  @Test
  @DisplayName("The Secretariat creates the first substantive session with an agenda of five items and adopts it")
  void adoptsTheAgenda() {
    String session = fixtures.session(SessionFixtures.substantive(1));
    fixtures.setAgenda("secretariat", session, SessionFixtures.agenda(SessionFixtures.FIVE_ITEMS)).expect(200);
    assertTrue(fixtures.adopt("secretariat", session).expectProblem(409).contains("opening"), "not before it opens");
    fixtures.status("delegate-bra", session, "in-progress").expectProblem(403);
    assertEquals("in-progress", fixtures.status("secretariat", session, "in-progress").expect(200).json()
        .getString("status"));
    fixtures.adopt("delegate-fra", session).expectProblem(403);
    JsonObject adopted = fixtures.adopt("chair", session).expect(200).json();
    assertEquals("adopted", adopted.getString("status"));
    assertEquals(2, adopted.getInteger("version"));
    assertEquals(5, adopted.getJsonArray("items").size());
    fixtures.adopt("secretariat", session).expectProblem(409);

    // An adopted agenda changes only by a new version with a reason; it stays adopted.
    JsonObject amended = SessionFixtures.agenda(SessionFixtures.FIVE_ITEMS);
    amended.getJsonArray("items").add(new JsonObject().put("title", "Regular institutional dialogue"));
    for (int i = 0; i < 5; i++) {
      amended.getJsonArray("items").getJsonObject(i).put("id",
          adopted.getJsonArray("items").getJsonObject(i).getString("id"));
    }
    String detail = fixtures.setAgenda("secretariat", session, amended).expectProblem(400);
    assertTrue(detail.contains("reason"), detail);
    JsonObject third = fixtures.setAgenda("secretariat", session,
        amended.copy().put("reason", "Item 6 added at the request of the Group of 77")).expect(200).json();
    assertEquals("adopted", third.getString("status"));
    assertEquals(6, third.getJsonArray("items").size());

    JsonArray versions = api.get("/sessions/" + session + "/agenda/versions").expect(200).items();
    assertEquals(3, versions.size());
    assertEquals(3, versions.getJsonObject(0).getInteger("version"));
    assertEquals("Item 6 added at the request of the Group of 77", versions.getJsonObject(0).getString("reason"));
    assertEquals("provisional", versions.getJsonObject(2).getString("status"));
    assertEquals(5, versions.getJsonObject(2).getJsonArray("items").size(), "version 1 kept as it stood");
    JsonObject page = api.get("/sessions/" + session + "/agenda/versions?limit=2").expect(200).json();
    assertEquals(1, api.get("/sessions/" + session + "/agenda/versions?limit=2&cursor=" + page.getString("next"))
        .expect(200).items().size());
    JsonObject audit = api.as("secretariat").get("/audit?subjectType=session&subjectId=" + session).expect(200).json();
    assertTrue(audit.getJsonArray("items").size() >= 5, "every write audited: " + audit.encode());
  }

  @Test
  @DisplayName("Status only forward; a concluded session is frozen: no agenda, meeting or calendar change")
  void concludedIsFrozen() {
    String session = fixtures.session(SessionFixtures.substantive(1));
    fixtures.setAgenda("secretariat", session, SessionFixtures.agenda(SessionFixtures.FIVE_ITEMS)).expect(200);
    assertTrue(fixtures.status("secretariat", session, "concluded").expectProblem(409).contains("in-progress"));
    fixtures.status("secretariat", session, "in-progress").expect(200);
    fixtures.status("secretariat", session, "planned").expectProblem(409);
    fixtures.status("secretariat", session, "concluded").expect(200);
    fixtures.status("secretariat", session, "concluded").expectProblem(409);
    assertTrue(fixtures.setAgenda("secretariat", session, SessionFixtures.agenda("Other business").put("reason", "x"))
        .expectProblem(409).contains("concluded"));
    api.as("secretariat").patch("/sessions/" + session, new JsonObject().put("title", "Renamed")).expectProblem(409);
    fixtures.meeting("secretariat", session, SessionFixtures.meeting("1st meeting", "2027-07-05", "10:00", "13:00"))
        .expectProblem(409);
    assertFalse(api.get("/sessions/" + session).body().contains("Renamed"));
  }

  @Test
  @DisplayName("The Secretariat edits the calendar entry: a new venue, then virtual; the SEQUENCE goes up; audited")
  void edits() {
    String session = fixtures.session(SessionFixtures.substantive(1).put("deadline", "2027-06-30T23:59:00Z"));
    String path = "/sessions/" + session;
    api.as("delegate-fra").patch(path, new JsonObject().put("title", "Mine")).expectProblem(403);
    JsonObject moved = api.as("chair").patch(path, new JsonObject().put("venue", "Palais des Nations, Geneva")
        .put("timeZone", "Europe/Zurich").put("reason", "Liquidity crisis: moved to Geneva")).expect(200).json();
    assertEquals("Palais des Nations, Geneva", moved.getString("venue"));
    assertEquals("Europe/Zurich", moved.getString("timeZone"));
    assertEquals(1, moved.getInteger("sequence"));
    JsonObject virtual = api.as("secretariat").patch(path, new JsonObject().putNull("venue").putNull("deadline"))
        .expect(200).json();
    assertTrue(virtual.getBoolean("virtual"));
    assertFalse(virtual.containsKey("deadline"));
    assertEquals(2, virtual.getInteger("sequence"));
    api.as("secretariat").patch(path, new JsonObject().put("closesOn", "2027-07-01")).expectProblem(400);
    api.as("secretariat").patch(path, new JsonObject()).expectProblem(400);
    JsonObject audit = api.as("secretariat").get("/audit?action=session.updated&subjectId=" + session).expect(200)
        .json();
    assertEquals("Liquidity crisis: moved to Geneva", audit.getJsonArray("items").getJsonObject(1).getString("reason"));
  }
}
