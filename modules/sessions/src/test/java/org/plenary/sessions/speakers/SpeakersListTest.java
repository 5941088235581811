package org.plenary.sessions.speakers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.plenary.sessions.speakers.SpeakersSitting.entryOf;
import static org.plenary.sessions.speakers.SpeakersSitting.order;
import static org.plenary.sessions.speakers.SpeakersSitting.refused;

import io.vertx.core.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.plenary.testing.Api;
import org.plenary.testing.PlenaryTest;
import org.plenary.testing.TestServer;

@PlenaryTest
@DisplayName("The speakers list of an agenda item: its order, the floor, time limits and rights of reply")
class SpeakersListTest {

  private final Api api = TestServer.api();

  @Test
  @DisplayName("France inscribes nationally, then Brazil for its group under item 5: Brazil speaks first, 7 minutes to"
      + " France's 5; the Chair gives the floor, and the next speaker's floor ends Brazil's")
  void groupsFirst() {
    SpeakersSitting sitting = SpeakersSitting.substantive(api, "states");
    JsonObject france = sitting.inscribe("delegate-fra", 5, new JsonObject()).expect(201).json();
    assertEquals(1, france.getJsonArray("statements").getJsonObject(0).getInteger("position"));
    JsonObject list = sitting.inscribe("delegate-bra", 5,
        new JsonObject().put("onBehalfOf", "latin-american-caribbean-group")).expect(201).json();
    assertEquals(List.of("BRA", "FRA"), order(list));
    JsonObject brazil = list.getJsonArray("statements").getJsonObject(0);
    assertEquals("group", brazil.getString("category"));
    assertEquals("Group of Latin American and Caribbean States", brazil.getJsonObject("onBehalfOf").getString("name"));
    assertEquals(420, brazil.getInteger("seconds"));
    assertEquals(300, list.getJsonArray("statements").getJsonObject(1).getInteger("seconds"));
    assertEquals(brazil.getString("id"), list.getString("entryId"));

    JsonObject floor = sitting.mark("chair", brazil.getString("id"), "floor").expect(200).json();
    assertEquals("BRA", floor.getJsonObject("floor").getJsonObject("organization").getString("id"));
    assertEquals("FRA", floor.getJsonObject("next").getJsonObject("organization").getString("id"));
    JsonObject moved = sitting.mark("secretariat", entryOf(floor, "FRA"), "floor").expect(200).json();
    assertEquals("FRA", moved.getJsonObject("floor").getJsonObject("organization").getString("id"));
    assertEquals("done", moved.getJsonArray("statements").getJsonObject(0).getString("status"));
    assertFalse(moved.containsKey("next"));
    JsonObject read = sitting.list("delegate-est", 5);
    assertEquals(moved.getLong("version"), read.getLong("version"));
    assertEquals("on-floor", read.getJsonArray("statements").getJsonObject(1).getString("status"));
    JsonObject done = sitting.mark("chair", entryOf(read, "FRA"), "done").expect(200).json();
    assertFalse(done.containsKey("floor"));
    assertTrue(sitting.list("delegate-fra", 4).getJsonArray("statements").isEmpty(), "item 4 has its own list");
  }

  @Test
  @DisplayName("Russia inscribes two rights of reply, 5 then 3 minutes, after the statements; a third is refused")
  void rightsOfReply() {
    SpeakersSitting sitting = SpeakersSitting.substantive(api, "states");
    sitting.inscribe("delegate-est", 5, new JsonObject()).expect(201);
    JsonObject first = sitting.reply("delegate-rus", 5).expect(201).json();
    JsonObject second = sitting.reply("delegate-rus", 5).expect(201).json();
    assertEquals(300, first.getJsonArray("repliesOfTheDay").getJsonObject(0).getInteger("seconds"));
    JsonObject replies = second.getJsonArray("repliesOfTheDay").getJsonObject(1);
    assertEquals(2, replies.getInteger("replyNumber"));
    assertEquals(180, replies.getInteger("seconds"));
    assertEquals(List.of("EST"), order(second));
    String detail = refused(sitting.reply("delegate-rus", 5), 409, "two-replies-per-item");
    assertTrue(detail.contains("two per item"), detail);
    assertEquals(2, sitting.list("delegate-rus", 5).getJsonArray("repliesOfTheDay").size(), "nothing written");
    refused(sitting.reply("delegate-eu", 5), 403, "reply-by-states");
  }

  @Test
  @DisplayName("The Secretariat moves a speaker with a reason the list shows; a delegate or the Chair may not")
  void reorder() {
    SpeakersSitting sitting = SpeakersSitting.substantive(api, "states");
    sitting.inscribe("delegate-fra", 2, new JsonObject()).expect(201);
    JsonObject list = sitting.inscribe("delegate-est", 2, new JsonObject()).expect(201).json();
    String estonia = entryOf(list, "EST");
    JsonObject move = new JsonObject().put("position", 1).put("reason", "Estonia's minister must leave at noon");
    refused(api.as("delegate-fra").post("/speakers/" + estonia + "/move", move), 403, "reorder-by-secretariat");
    refused(api.as("chair").post("/speakers/" + estonia + "/move", move), 403, "reorder-by-secretariat");
    assertEquals(List.of("FRA", "EST"), order(sitting.list("delegate-fra", 2)));
    JsonObject moved = api.as("secretariat").post("/speakers/" + estonia + "/move", move).expect(200).json();
    assertEquals(List.of("EST", "FRA"), order(moved));
    assertEquals("Estonia's minister must leave at noon",
        moved.getJsonArray("statements").getJsonObject(0).getJsonObject("move").getString("reason"));
    api.as("secretariat").post("/speakers/" + estonia + "/move", new JsonObject().put("position", 1)).expectProblem(400);
    api.as("secretariat").post("/speakers/" + estonia + "/move", move.copy().put("reason", "   ")).expectProblem(400);
    // a later inscription finds its place by the rules; the moved speaker keeps its own
    JsonObject after = sitting.inscribe("delegate-mwi", 2, new JsonObject().put("onBehalfOf", "african-group"))
        .expect(201).json();
    assertEquals(List.of("EST", "MWI", "FRA"), order(after));
  }

  @Test
  @DisplayName("Each meeting taking up an item has its own list; a meeting that does not take it up is a 404")
  void meetings() {
    SpeakersSitting sitting = SpeakersSitting.substantive(api, "states");
    String meeting = sitting.meeting(5);
    sitting.inscribe("delegate-fra", 5, new JsonObject()).expect(201);
    JsonObject inMeeting = sitting.inscribe("delegate-fra", 5, new JsonObject().put("meetingId", meeting))
        .expect(201).json();
    assertEquals(meeting, inMeeting.getString("meetingId"));
    assertEquals(List.of("FRA"), order(api.as("delegate-bra").get(sitting.speakers(5) + "?meetingId=" + meeting)
        .expect(200).json()));
    refused(sitting.inscribe("delegate-bra", 4, new JsonObject().put("meetingId", meeting)), 404, "meeting-not-found");
    refused(api.as("delegate-bra").get(sitting.speakers(5) + "?meetingId=" + java.util.UUID.randomUUID()), 404,
        "meeting-not-found");
  }

  @Test
  @DisplayName("Time limits are set per list by the Chair; the second reply must stay shorter than the first")
  void limits() {
    SpeakersSitting sitting = SpeakersSitting.substantive(api, "states");
    JsonObject limits = new JsonObject().put("nationalSeconds", 240).put("groupSeconds", 360)
        .put("firstReplySeconds", 240).put("secondReplySeconds", 120);
    String path = sitting.speakers(3) + "/limits";
    refused(api.as("delegate-fra").put(path, limits), 403, "floor-by-chair");
    JsonObject set = api.as("chair").put(path, limits).expect(200).json();
    assertEquals(240, set.getJsonObject("limits").getInteger("nationalSeconds"));
    JsonObject list = sitting.inscribe("delegate-fra", 3, new JsonObject()).expect(201).json();
    assertEquals(240, list.getJsonArray("statements").getJsonObject(0).getInteger("seconds"));
    refused(api.as("chair").put(path, limits.copy().put("secondReplySeconds", 240)), 400, "second-reply-shorter");
    api.as("chair").put(path, limits.copy().put("nationalSeconds", 5)).expectProblem(400);
  }
}
