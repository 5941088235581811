package org.plenary.sessions;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.UUID;
import org.plenary.testing.Api;
import org.plenary.testing.Response;

/** Short-hands for the sessions the tests put on the calendar. */
final class SessionFixtures {

  static final String[] FIVE_ITEMS = {
      "Existing and potential threats in the sphere of ICT security",
      "Rules, norms and principles of responsible State behaviour",
      "How international law applies to the use of ICTs",
      "Confidence-building measures",
      "Capacity-building"};

  private final Api api;

  SessionFixtures(Api api) {
    this.api = api;
  }

  static JsonObject substantive(int number) {
    return new JsonObject().put("kind", "substantive")
        .put("title", "Substantive session " + number + " of the Global Mechanism " + System.nanoTime())
        .put("number", number).put("opensOn", "2027-07-05").put("closesOn", "2027-07-09")
        .put("venue", "Conference Room 4, United Nations Headquarters, New York").put("timeZone", "America/New_York")
        .put("audience", "states-and-stakeholders");
  }

  Response schedule(String persona, JsonObject session) {
    return api.as(persona).withHeader("Idempotency-Key", UUID.randomUUID().toString()).post("/sessions", session);
  }

  String session(JsonObject session) {
    return schedule("secretariat", session).expect(201).json().getString("id");
  }

  static JsonObject agenda(String... titles) {
    JsonArray items = new JsonArray();
    for (String title : titles) {
      items.add(new JsonObject().put("title", title));
    }
    return new JsonObject().put("items", items);
  }

  Response meeting(String persona, String sessionId, JsonObject meeting) {
    return api.as(persona).withHeader("Idempotency-Key", UUID.randomUUID().toString())
        .post("/sessions/" + sessionId + "/meetings", meeting);
  }

  static JsonObject meeting(String title, String date, String start, String end, String... items) {
    JsonArray ids = new JsonArray();
    for (String item : items) {
      ids.add(item);
    }
    return new JsonObject().put("title", title).put("date", date).put("start", start).put("end", end)
        .put("agendaItems", ids);
  }

  Response status(String persona, String sessionId, String status) {
    return api.as(persona).post("/sessions/" + sessionId + "/status", new JsonObject().put("status", status));
  }

  Response adopt(String persona, String sessionId) {
    return api.as(persona).post("/sessions/" + sessionId + "/agenda/adoption");
  }

  Response setAgenda(String persona, String sessionId, JsonObject agenda) {
    return api.as(persona).put("/sessions/" + sessionId + "/agenda", agenda);
  }
}
