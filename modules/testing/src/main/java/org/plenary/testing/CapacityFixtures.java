package org.plenary.testing;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Year;
import java.time.ZoneOffset;

/**
 * Short-hands for the capacity steps tests repeat. All tests share one database, and matching ranks every
 * open offer: so each test class dates its listings in a year of its own ({@link #yearsAhead}), and
 * scores from other classes stay below those of a perfect fit.
 */
public final class CapacityFixtures {

  private final Api api;

  public CapacityFixtures(Api api) {
    this.api = api;
  }

  /**
   * A year of the future, {@code n} years from now; each test class takes its own {@code n} (acceptance 1
   * and 2, rules 3, workflow 4, board 5, currency 6).
   */
  public static int yearsAhead(int n) {
    return Year.now(ZoneOffset.UTC).getValue() + n;
  }

  public static JsonObject year(int year) {
    return new JsonObject().put("startsOn", year + "-01-01").put("endsOn", year + "-12-31");
  }

  /** A need in incident management, in English, accepting in-person or hybrid, over {@code year}. */
  public static JsonObject need(int year) {
    return new JsonObject().put("title", "National CERT " + System.nanoTime())
        .put("description", "Establish and mature a national CERT.")
        .put("areas", new JsonArray().add("incident-management-certs"))
        .put("languages", new JsonArray().add("en"))
        .put("modalities", new JsonArray().add("in-person").add("hybrid"))
        .mergeIn(year(year));
  }

  /** A hybrid English offer in incident management over {@code year}, serving every region. */
  public static JsonObject offer(int year) {
    return new JsonObject().put("title", "CERT training " + System.nanoTime())
        .put("description", "Training for CERT staff.")
        .put("areas", new JsonArray().add("incident-management-certs"))
        .put("languages", new JsonArray().add("en"))
        .put("modalities", new JsonArray().add("hybrid"))
        .put("capacity", 3)
        .mergeIn(year(year));
  }

  public Response postNeed(String persona, JsonObject need) {
    return api.as(persona).post("/capacity/needs", need);
  }

  public String need(String persona, JsonObject need) {
    return postNeed(persona, need).expect(201).json().getString("id");
  }

  public Response postOffer(String persona, JsonObject offer) {
    return api.as(persona).post("/capacity/offers", offer);
  }

  public String offer(String persona, JsonObject offer) {
    return postOffer(persona, offer).expect(201).json().getString("id");
  }

  public Response propose(String persona, String needId, String offerId) {
    return api.as(persona).post("/capacity/engagements", new JsonObject().put("needId", needId).put("offerId", offerId));
  }

  public String engagement(String persona, String needId, String offerId) {
    return propose(persona, needId, offerId).expect(201).json().getString("id");
  }

  /** Accepting takes no body in the contract (a body there is a 400), so it is sent without one. */
  public Response step(String persona, String engagementId, String step, JsonObject body) {
    String path = "/capacity/engagements/" + engagementId + "/" + step;
    return "accept".equals(step) && body.isEmpty() ? api.as(persona).post(path) : api.as(persona).post(path, body);
  }

  public JsonArray matches(String persona, String needId) {
    Api reader = persona == null ? api.anonymous() : api.as(persona);
    return reader.get("/capacity/needs/" + needId + "/matches?limit=500").expect(200).items();
  }

  public static int indexOf(JsonArray matches, String side, String id) {
    for (int i = 0; i < matches.size(); i++) {
      if (matches.getJsonObject(i).getJsonObject(side).getString("id").equals(id)) {
        return i;
      }
    }
    return -1;
  }
}
