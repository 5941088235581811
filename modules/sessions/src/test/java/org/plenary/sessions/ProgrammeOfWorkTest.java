package org.plenary.sessions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.plenary.testing.Api;
import org.plenary.testing.PlenaryTest;
import org.plenary.testing.TestServer;

@PlenaryTest
@DisplayName("The programme of work: meetings in the venue's time, shown in UTC with their zone, taking up items")
class ProgrammeOfWorkTest {

  private final Api api = TestServer.api();
  private final SessionFixtures fixtures = new SessionFixtures(api);

  @Test
  @DisplayName("A meeting at 10:00 in New York is 14:00 UTC in July; it takes up items of the current agenda")
  void meetings() {
    String session = fixtures.session(SessionFixtures.substantive(1));
    JsonArray items = fixtures.setAgenda("secretariat", session, SessionFixtures.agenda(SessionFixtures.FIVE_ITEMS))
        .expect(200).json().getJsonArray("items");
    String item5 = items.getJsonObject(4).getString("id");
    JsonObject meeting = fixtures.meeting("secretariat", session,
        SessionFixtures.meeting("1st meeting", "2027-07-05", "10:00", "13:00", item5)).expect(201).json();
    assertEquals("2027-07-05T14:00:00Z", meeting.getString("startsAt"));
    assertEquals("2027-07-05T17:00:00Z", meeting.getString("endsAt"));
    assertEquals("America/New_York", meeting.getString("timeZone"));
    assertEquals("10:00", meeting.getString("start"));
    assertEquals(item5, meeting.getJsonArray("agendaItems").getString(0));
    fixtures.meeting("secretariat", session, SessionFixtures.meeting("2nd meeting", "2027-07-05", "15:00", "18:00")
        .put("timeZone", "Europe/Zurich")).expect(201);

    JsonArray programme = api.get("/sessions/" + session).expect(200).json().getJsonArray("meetings");
    assertEquals(2, programme.size());
    // 15:00 in Zurich comes before 10:00 in New York: the programme is in time order, whatever the zone.
    assertEquals("2nd meeting", programme.getJsonObject(0).getString("title"), "in time order");
    assertEquals("2027-07-05T13:00:00Z", programme.getJsonObject(0).getString("startsAt"));
    assertEquals("15:00", programme.getJsonObject(0).getString("start"));

    String path = "/sessions/" + session + "/meetings/" + meeting.getString("id");
    JsonObject moved = api.as("chair").put(path, SessionFixtures.meeting("1st meeting", "2027-07-06", "10:00", "13:00",
        item5)).expect(200).json();
    assertEquals(1, moved.getInteger("sequence"));
    assertEquals("2027-07-06", moved.getString("date"));
    api.as("delegate-fra").put(path, SessionFixtures.meeting("Mine", "2027-07-06", "10:00", "13:00")).expectProblem(403);
    api.as("secretariat").put("/sessions/" + session + "/meetings/" + UUID.randomUUID(),
        SessionFixtures.meeting("Nowhere", "2027-07-06", "10:00", "13:00")).expectProblem(404);
  }

  @Test
  @DisplayName("Bad meetings: a day outside the session, the end before the start, an item not on the agenda (422)")
  void badMeetings() {
    String session = fixtures.session(SessionFixtures.substantive(1));
    fixtures.setAgenda("secretariat", session, SessionFixtures.agenda(SessionFixtures.FIVE_ITEMS)).expect(200);
    assertTrue(fixtures.meeting("secretariat", session, SessionFixtures.meeting("Early", "2027-07-01", "10:00",
        "13:00")).expectProblem(400).contains("date"));
    assertTrue(fixtures.meeting("secretariat", session, SessionFixtures.meeting("Reversed", "2027-07-05", "13:00",
        "10:00")).expectProblem(400).contains("end"));
    fixtures.meeting("secretariat", session, SessionFixtures.meeting("Late", "2027-07-05", "25:00", "26:00"))
        .expectProblem(400);
    String stranger = UUID.randomUUID().toString();
    assertTrue(fixtures.meeting("secretariat", session, SessionFixtures.meeting("Stranger", "2027-07-05", "10:00",
        "13:00", stranger)).expectProblem(422).contains(stranger));
    fixtures.meeting("delegate-bra", session, SessionFixtures.meeting("Mine", "2027-07-05", "10:00", "13:00"))
        .expectProblem(403);
    assertEquals(0, api.get("/sessions/" + session).expect(200).json().getJsonArray("meetings").size(),
        "nothing written");
  }

  @Test
  @DisplayName("The programme of a States-only session is not public: no meetings for the public, none in its feed")
  void closedProgramme() {
    String session = fixtures.session(SessionFixtures.substantive(1).put("audience", "states"));
    fixtures.setAgenda("secretariat", session, SessionFixtures.agenda(SessionFixtures.FIVE_ITEMS)).expect(200);
    fixtures.meeting("secretariat", session, SessionFixtures.meeting("Closed meeting", "2027-07-05", "10:00", "13:00"))
        .expect(201);
    assertFalse(api.anonymous().get("/sessions/" + session).expect(200).json().containsKey("meetings"));
    api.anonymous().get("/sessions/" + session + "/agenda/versions").expectProblem(401);
    api.as("cs-opennet").get("/sessions/" + session + "/agenda/versions").expectProblem(403);
    api.as("delegate-rus").get("/sessions/" + session + "/agenda/versions").expect(200);
    assertFalse(api.anonymous().get("/sessions/" + session + "/calendar.ics").expect(200).body()
        .contains("Closed meeting"));
    assertTrue(api.as("delegate-idn").get("/sessions/" + session + "/calendar.ics").expect(200).body()
        .contains("Closed meeting"));
  }
}
