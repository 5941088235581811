package org.plenary.sessions.speakers;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.UUID;
import org.plenary.testing.Api;
import org.plenary.testing.Response;

/**
 * A session on the calendar with an agenda of five items, as the Secretariat sets it up, and the speakers lists of
 * its items as the tests use them.
 */
public final class SpeakersSitting {

  private static final String[] ITEMS = {"Existing and potential threats", "Rules, norms and principles",
      "International law", "Confidence-building measures", "Capacity-building"};

  final Api api;
  private final String sessionId;
  final List<String> items;

  private SpeakersSitting(Api api, String sessionId, List<String> items) {
    this.api = api;
    this.sessionId = sessionId;
    this.items = items;
  }

  public static SpeakersSitting substantive(Api api, String audience) {
    JsonObject session = new JsonObject().put("kind", "substantive")
        .put("title", "First substantive session " + System.nanoTime()).put("number", 1)
        .put("opensOn", "2027-07-05").put("closesOn", "2027-07-09").put("venue", "Conference Room 4")
        .put("timeZone", "America/New_York").put("audience", audience);
    String id = api.as("secretariat").withHeader("Idempotency-Key", UUID.randomUUID().toString())
        .post("/sessions", session).expect(201).json().getString("id");
    JsonArray items = new JsonArray();
    for (String title : ITEMS) {
      items.add(new JsonObject().put("title", title));
    }
    JsonArray set = api.as("secretariat").put("/sessions/" + id + "/agenda", new JsonObject().put("items", items))
        .expect(200).json().getJsonArray("items");
    return new SpeakersSitting(api, id, set.stream().map(item -> ((JsonObject) item).getString("id")).toList());
  }

  public String sessionId() {
    return sessionId;
  }

  /** Inscribes {@code persona}'s organization under {@code item}, on behalf of a group if given; the entry's id. */
  public String inscribe(String persona, int item, String... group) {
    JsonObject body = group.length == 0 ? new JsonObject() : new JsonObject().put("onBehalfOf", group[0]);
    return inscribe(persona, item, body).expect(201).json().getString("entryId");
  }

  public String statements(int item) {
    return "/sessions/" + sessionId + "/items/" + item(item) + "/statements";
  }

  /** Agenda item {@code number} (from 1). */
  String item(int number) {
    return items.get(number - 1);
  }

  String speakers(int item) {
    return "/sessions/" + sessionId + "/items/" + item(item) + "/speakers";
  }

  Response inscribe(String persona, int item, JsonObject body) {
    return api.as(persona).withHeader("Idempotency-Key", UUID.randomUUID().toString()).post(speakers(item), body);
  }

  Response reply(String persona, int item) {
    return api.as(persona).withHeader("Idempotency-Key", UUID.randomUUID().toString())
        .post("/sessions/" + sessionId + "/items/" + item(item) + "/rights-of-reply", new JsonObject());
  }

  JsonObject list(String persona, int item) {
    return api.as(persona).get(speakers(item)).expect(200).json();
  }

  Response mark(String persona, String entryId, String action) {
    return api.as(persona).post("/speakers/" + entryId + "/floor", new JsonObject().put("action", action));
  }

  /** The organizations of the list's statements, in speaking order. */
  static List<String> order(JsonObject list) {
    return list.getJsonArray("statements").stream()
        .map(e -> ((JsonObject) e).getJsonObject("organization").getString("id")).toList();
  }

  static String entryOf(JsonObject list, String organizationId) {
    return list.getJsonArray("statements").stream().map(e -> (JsonObject) e)
        .filter(e -> e.getJsonObject("organization").getString("id").equals(organizationId))
        .findFirst().orElseThrow().getString("id");
  }

  /** Asserts a problem of {@code status} whose type names {@code rule}; its detail. */
  public static String refused(Response response, int status, String rule) {
    String detail = response.expectProblem(status);
    String type = response.json().getString("type");
    assertTrue(type.endsWith("/" + rule), () -> "type " + type + " names " + rule + "; " + detail);
    return detail;
  }

  /** The Secretariat opens the session, then concludes it. */
  public void conclude() {
    for (String status : new String[] {"in-progress", "concluded"}) {
      api.as("secretariat").post("/sessions/" + sessionId + "/status", new JsonObject().put("status", status))
          .expect(200);
    }
  }

  /** A meeting today that takes up {@code item}; its id. */
  public String meeting(int item) {
    JsonObject plan = new JsonObject().put("title", "Meeting " + System.nanoTime()).put("date", "2027-07-06")
        .put("start", "10:00").put("end", "13:00").put("agendaItems", new JsonArray().add(item(item)));
    return api.as("secretariat").withHeader("Idempotency-Key", UUID.randomUUID().toString())
        .post("/sessions/" + sessionId + "/meetings", plan).expect(201).json().getString("id");
  }

}
