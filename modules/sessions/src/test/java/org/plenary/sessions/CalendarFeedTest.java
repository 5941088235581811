package org.plenary.sessions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonObject;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.plenary.testing.Api;
import org.plenary.testing.PlenaryTest;
import org.plenary.testing.Response;
import org.plenary.testing.TestServer;

@PlenaryTest
@DisplayName("The .ics feeds parse with ical4j: stable UIDs, UTC times, SEQUENCE bumped by each change")
class CalendarFeedTest {

  private final Api api = TestServer.api();
  private final SessionFixtures fixtures = new SessionFixtures(api);

  @Test
  @DisplayName("A session's feed: the session over its days and each meeting in UTC; a moved meeting keeps its UID")
  void sessionFeed() throws Exception {
    String title = "First substantive session; \"Global Mechanism\", New York — a long title to fold over 75 octets é";
    String session = fixtures.session(SessionFixtures.substantive(1).put("title", title));
    String item = fixtures.setAgenda("secretariat", session, SessionFixtures.agenda(SessionFixtures.FIVE_ITEMS))
        .expect(200).json().getJsonArray("items").getJsonObject(4).getString("id");
    JsonObject meeting = fixtures.meeting("secretariat", session,
        SessionFixtures.meeting("1st meeting", "2027-07-05", "10:00", "13:00", item)).expect(201).json();

    Response feed = api.get("/sessions/" + session + "/calendar.ics").expect(200);
    assertTrue(feed.header("Content-Type").startsWith("text/calendar"), feed.header("Content-Type"));
    assertTrue(feed.body().lines().allMatch(line -> line.getBytes(java.nio.charset.StandardCharsets.UTF_8).length
        <= 76), "lines folded at 75 octets");
    Map<String, VEvent> events = events(feed.body());
    VEvent sessionEvent = events.get("session-" + session + "@plenary");
    assertEquals(title, sessionEvent.getProperty(Property.SUMMARY).orElseThrow().getValue());
    assertEquals("20270705", sessionEvent.getProperty(Property.DTSTART).orElseThrow().getValue());
    assertEquals("20270710", sessionEvent.getProperty(Property.DTEND).orElseThrow().getValue(), "DTEND is exclusive");
    String uid = "meeting-" + meeting.getString("id") + "@plenary";
    VEvent meetingEvent = events.get(uid);
    assertEquals("20270705T140000Z", meetingEvent.getProperty(Property.DTSTART).orElseThrow().getValue());
    assertEquals("0", meetingEvent.getProperty(Property.SEQUENCE).orElseThrow().getValue());
    assertTrue(meetingEvent.getProperty(Property.DESCRIPTION).orElseThrow().getValue().contains("Item 5: Capacity"));

    api.as("secretariat").put("/sessions/" + session + "/meetings/" + meeting.getString("id"),
        SessionFixtures.meeting("1st meeting", "2027-07-05", "15:00", "18:00", item)).expect(200);
    VEvent moved = events(api.get("/sessions/" + session + "/calendar.ics").expect(200).body()).get(uid);
    assertEquals("1", moved.getProperty(Property.SEQUENCE).orElseThrow().getValue());
    assertEquals("20270705T190000Z", moved.getProperty(Property.DTSTART).orElseThrow().getValue());
  }

  @Test
  @DisplayName("The feed of all sessions holds each session once, its SEQUENCE bumped when it changes")
  void allSessions() throws Exception {
    String session = fixtures.session(SessionFixtures.substantive(2));
    String uid = "session-" + session + "@plenary";
    assertEquals("0", events(api.get("/sessions.ics").expect(200).body()).get(uid)
        .getProperty(Property.SEQUENCE).orElseThrow().getValue());
    api.as("secretariat").patch("/sessions/" + session, new JsonObject().put("closesOn", "2027-07-16")).expect(200);
    VEvent changed = events(api.anonymous().get("/sessions.ics").expect(200).body()).get(uid);
    assertEquals("1", changed.getProperty(Property.SEQUENCE).orElseThrow().getValue());
    assertEquals("20270717", changed.getProperty(Property.DTEND).orElseThrow().getValue());
    assertFalse(api.get("/sessions.ics").body().contains("\n\n"), "no empty lines");
  }

  /** The feed parsed and validated by ical4j, its events by UID. */
  private static Map<String, VEvent> events(String ics) throws Exception {
    Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
    assertFalse(calendar.validate().hasErrors(), calendar.validate().toString());
    List<VEvent> events = calendar.getComponents().stream().filter(VEvent.class::isInstance).map(VEvent.class::cast)
        .toList();
    return events.stream().collect(Collectors.toMap(e -> e.getProperty(Property.UID).orElseThrow().getValue(),
        e -> e));
  }
}
