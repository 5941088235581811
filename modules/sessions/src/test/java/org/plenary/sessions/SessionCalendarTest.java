package org.plenary.sessions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.plenary.testing.Api;
import org.plenary.testing.PlenaryTest;
import org.plenary.testing.TestServer;

@PlenaryTest
@DisplayName("The calendar of sessions: who schedules, who sees what, in which order")
class SessionCalendarTest {

  private final Api api = TestServer.api();
  private final SessionFixtures fixtures = new SessionFixtures(api);

  @Test
  @DisplayName("The Secretariat and the Chair schedule sessions; a delegate, a moderator and the public may not")
  void whoSchedules() {
    JsonObject session = SessionFixtures.substantive(1);
    JsonObject made = fixtures.schedule("secretariat", session).expect(201).json();
    assertEquals("planned", made.getString("status"));
    assertEquals("America/New_York", made.getString("timeZone"));
    assertFalse(made.getBoolean("virtual"));
    JsonObject virtual = fixtures.schedule("chair", SessionFixtures.substantive(2).copy().put("kind", "intersessional")
        .put("number", 1)).expect(201).json();
    assertEquals("intersessional", virtual.getString("kind"));
    JsonObject noVenue = SessionFixtures.substantive(3);
    noVenue.remove("venue");
    assertTrue(fixtures.schedule("secretariat", noVenue).expect(201).json().getBoolean("virtual"));

    String refusal = fixtures.schedule("delegate-fra", session).expectProblem(403);
    assertTrue(refusal.contains("Secretariat or the Chair"), refusal);
    fixtures.schedule("moderator", session).expectProblem(403);
    api.anonymous().withHeader("Idempotency-Key", UUID.randomUUID().toString()).post("/sessions", session)
        .expectProblem(401);
  }

  @Test
  @DisplayName("A retried schedule with its Idempotency-Key answers the same session, never a second one")
  void idempotent() {
    JsonObject session = SessionFixtures.substantive(5);
    Api secretariat = api.as("secretariat").withHeader("Idempotency-Key", UUID.randomUUID().toString());
    String first = secretariat.post("/sessions", session).expect(201).json().getString("id");
    var again = secretariat.post("/sessions", session).expect(201);
    assertEquals(first, again.json().getString("id"));
    assertEquals("true", again.header("Idempotent-Replayed"));
    assertEquals(1, api.get("/sessions?limit=500").items().stream()
        .filter(s -> session.getString("title").equals(((JsonObject) s).getString("title"))).count());
  }

  @Test
  @DisplayName("Bad input: reversed dates, an unknown time zone or kind, an unknown field; nothing written")
  void badInput() {
    JsonObject session = SessionFixtures.substantive(4);
    String detail = fixtures.schedule("secretariat", session.copy().put("closesOn", "2027-07-01")).expectProblem(400);
    assertTrue(detail.contains("closesOn"), detail);
    detail = fixtures.schedule("secretariat", session.copy().put("timeZone", "Mars/Olympus_Mons")).expectProblem(400);
    assertTrue(detail.contains("timeZone"), detail);
    fixtures.schedule("secretariat", session.copy().put("kind", "summit")).expectProblem(400);
    fixtures.schedule("secretariat", session.copy().put("secret", true)).expectProblem(400);
    fixtures.schedule("secretariat", session.copy().put("opensOn", "2027-02-30")).expectProblem(400);
    assertFalse(api.get("/sessions?limit=500").body().contains(session.getString("title")), "nothing written");
    api.get("/sessions?cursor=bm90LWEtY3Vyc29y").expectProblem(400);
    api.get("/sessions/not-a-uuid").expectProblem(400);
    api.get("/sessions/" + UUID.randomUUID()).expectProblem(404);
  }

  @Test
  @DisplayName("The calendar lists sessions in progress first, then planned ones soonest first; it pages by cursor")
  void order() {
    String kind = "thematic-group";
    String later = fixtures.session(SessionFixtures.substantive(1).put("kind", kind).put("opensOn", "2030-03-02")
        .put("closesOn", "2030-03-02"));
    String sooner = fixtures.session(SessionFixtures.substantive(2).put("kind", kind).put("opensOn", "2030-03-01")
        .put("closesOn", "2030-03-01"));
    List<String> seen = new ArrayList<>();
    String next = null;
    do {
      JsonObject page = api.get("/sessions?kind=" + kind + "&status=planned&limit=1"
          + (next == null ? "" : "&cursor=" + next)).expect(200).json();
      page.getJsonArray("items").forEach(s -> seen.add(((JsonObject) s).getString("id")));
      page.getJsonArray("items").forEach(s -> assertEquals(kind, ((JsonObject) s).getString("kind")));
      next = page.getString("next");
    } while (next != null);
    assertTrue(seen.indexOf(sooner) >= 0 && seen.indexOf(sooner) < seen.indexOf(later), seen.toString());
    assertEquals(seen.size(), seen.stream().distinct().count(), "no session twice");
  }

  @Test
  @DisplayName("A session for States only: on the public calendar, its agenda read by States and those running it")
  void audience() {
    String id = fixtures.session(SessionFixtures.substantive(1).put("kind", "informal-consultation")
        .put("audience", "states"));
    fixtures.setAgenda("secretariat", id, SessionFixtures.agenda("Regular institutional dialogue")).expect(200);
    String path = "/sessions/" + id;
    JsonObject anonymous = api.anonymous().get(path).expect(200).json();
    assertFalse(anonymous.getBoolean("mayAttend"));
    assertFalse(anonymous.containsKey("agenda"), "the agenda of a States-only session is not public");
    JsonObject stakeholder = api.as("cs-opennet").get(path).expect(200).json();
    assertFalse(stakeholder.getBoolean("mayAttend"));
    assertFalse(stakeholder.containsKey("agenda"));
    for (String attendee : List.of("delegate-bra", "delegate-eu", "secretariat", "chair", "moderator")) {
      JsonObject seen = api.as(attendee).get(path).expect(200).json();
      assertTrue(seen.getBoolean("mayAttend"), attendee);
      assertNotNull(seen.getJsonObject("agenda"), attendee);
    }
    String open = fixtures.session(SessionFixtures.substantive(1));
    fixtures.setAgenda("secretariat", open, SessionFixtures.agenda(SessionFixtures.FIVE_ITEMS)).expect(200);
    assertTrue(api.as("cs-opennet").get("/sessions/" + open).expect(200).json().getBoolean("mayAttend"));
    assertFalse(api.as("cs-pending").get("/sessions/" + open).expect(200).json().getBoolean("mayAttend"),
        "a stakeholder not accredited does not attend");
    JsonArray items = api.anonymous().get("/sessions/" + open).expect(200).json().getJsonObject("agenda")
        .getJsonArray("items");
    assertEquals(5, items.size(), "the agenda of a session open to stakeholders is public");
  }
}
