package org.plenary.sessions.speakers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.plenary.sessions.speakers.SpeakersSitting.entryOf;
import static org.plenary.sessions.speakers.SpeakersSitting.order;
import static org.plenary.sessions.speakers.SpeakersSitting.refused;

import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.plenary.testing.Api;
import org.plenary.testing.PlenaryTest;
import org.plenary.testing.TestServer;

@PlenaryTest
@DisplayName("Bad inscriptions and floor changes: each a problem naming its rule, nothing written")
class SpeakersRefusalsTest {

  private final Api api = TestServer.api();

  @Test
  @DisplayName("Twice: 409; for another organization: 403; for a group one does not speak for: 403; by a member: 403")
  void inscriptions() {
    SpeakersSitting sitting = SpeakersSitting.substantive(api, "states");
    sitting.inscribe("delegate-fra", 5, new JsonObject()).expect(201);
    refused(sitting.inscribe("delegate-fra", 5, new JsonObject()), 409, "one-inscription-per-item");
    String detail = refused(sitting.inscribe("delegate-fra", 5, new JsonObject().put("organizationId", "BRA")), 403,
        "own-organization-only");
    assertTrue(detail.contains("BRA"), detail);
    refused(sitting.inscribe("delegate-est", 5, new JsonObject().put("onBehalfOf", "african-group")), 403,
        "group-speaker-only");
    refused(sitting.inscribe("member-fra", 5, new JsonObject()), 403, "inscription-by-delegates");
    sitting.inscribe("delegate-est", 5, new JsonObject().put("onBehalfOf", "no-such-group")).expectProblem(400);
    sitting.inscribe("delegate-est", 5, new JsonObject().put("surprise", true)).expectProblem(400);
    refused(sitting.inscribe("secretariat", 5, new JsonObject()), 403, "inscription-by-delegates");
    api.anonymous().post(sitting.speakers(5), new JsonObject()).expectProblem(401);
    assertEquals(List.of("FRA"), order(sitting.list("delegate-fra", 5)), "nothing written");
  }

  @Test
  @DisplayName("Stakeholders: not in a session for States (nor may they read its list); in their segment, after States")
  void stakeholders() {
    SpeakersSitting states = SpeakersSitting.substantive(api, "states");
    refused(states.inscribe("ps-contoso", 1, new JsonObject()), 403, "session-audience");
    refused(api.as("ps-contoso").get(states.speakers(1)), 403, "session-audience");
    refused(api.anonymous().get(states.speakers(1)), 401, "session-audience");
    SpeakersSitting segment = SpeakersSitting.substantive(api, "states-and-stakeholders");
    segment.inscribe("ps-contoso", 1, new JsonObject()).expect(201);
    segment.inscribe("delegate-eu", 1, new JsonObject()).expect(201);
    JsonObject list = segment.inscribe("delegate-idn", 1, new JsonObject()).expect(201).json();
    assertEquals(List.of("IDN", "EU", "contoso-security"), order(list));
    assertEquals("stakeholder", list.getJsonArray("statements").getJsonObject(2).getString("category"));
  }

  @Test
  @DisplayName("Withdrawing: one's own only, while waiting; the organization may then inscribe again")
  void withdrawal() {
    SpeakersSitting sitting = SpeakersSitting.substantive(api, "states");
    String france = entryOf(sitting.inscribe("delegate-fra", 1, new JsonObject()).expect(201).json(), "FRA");
    refused(api.as("delegate-bra").post("/speakers/" + france + "/withdrawal"), 403, "withdraw-own-only");
    JsonObject withdrawn = api.as("delegate-fra").post("/speakers/" + france + "/withdrawal").expect(200).json();
    assertTrue(withdrawn.getJsonArray("statements").isEmpty());
    String again = entryOf(sitting.inscribe("delegate-fra", 1, new JsonObject()).expect(201).json(), "FRA");
    sitting.mark("chair", again, "floor").expect(200);
    refused(api.as("delegate-fra").post("/speakers/" + again + "/withdrawal"), 409, "speaker-already-heard");
  }

  @Test
  @DisplayName("The floor: by the Chair or the Secretariat only; done only for the speaker on it; unknown entry 404")
  void floor() {
    SpeakersSitting sitting = SpeakersSitting.substantive(api, "states");
    JsonObject list = sitting.inscribe("delegate-fra", 1, new JsonObject()).expect(201).json();
    String france = entryOf(list, "FRA");
    refused(sitting.mark("delegate-fra", france, "floor"), 403, "floor-by-chair");
    refused(sitting.mark("chair", france, "done"), 409, "not-on-the-floor");
    sitting.mark("chair", france, "absent").expect(200);
    JsonObject called = sitting.mark("chair", france, "floor").expect(200).json();
    assertEquals("on-floor", called.getJsonObject("floor").getString("status"));
    sitting.mark("chair", france, "sideways").expectProblem(400);
    refused(sitting.mark("chair", UUID.randomUUID().toString(), "floor"), 404, "speakers-entry-not-found");
    refused(api.as("chair").get("/sessions/" + sitting.sessionId() + "/items/" + UUID.randomUUID() + "/speakers"), 404,
        "agenda-item-not-found");
  }

  @Test
  @DisplayName("A concluded session: its lists are read as they stood, and every change is refused with 409")
  void concluded() {
    SpeakersSitting sitting = SpeakersSitting.substantive(api, "states");
    String france = entryOf(sitting.inscribe("delegate-fra", 1, new JsonObject()).expect(201).json(), "FRA");
    sitting.conclude();
    refused(sitting.inscribe("delegate-bra", 1, new JsonObject()), 409, "session-concluded");
    refused(sitting.reply("delegate-rus", 1), 409, "session-concluded");
    refused(sitting.mark("chair", france, "floor"), 409, "session-concluded");
    refused(api.as("delegate-fra").post("/speakers/" + france + "/withdrawal"), 409, "session-concluded");
    assertEquals(List.of("FRA"), order(sitting.list("delegate-bra", 1)));
  }
}
