package org.plenary.capacity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.plenary.testing.ServerDatabase;
import org.plenary.testing.CapacityFixtures;
import org.plenary.testing.Api;
import org.plenary.testing.PlenaryTest;
import org.plenary.testing.TestServer;

@PlenaryTest
@DisplayName("Matching runs when a need or an offer is posted or changed, and its results are always current")
class MatchingCurrencyTest {

  private static final int YEAR = CapacityFixtures.yearsAhead(6);

  private final Api api = TestServer.api();
  private final CapacityFixtures capacity = new CapacityFixtures(api);

  @Test
  @DisplayName("Changing an offer's languages or closing it takes it out of the matches at once; reopening brings it back")
  void changesShowAtOnce() {
    String need = capacity.need("delegate-idn", CapacityFixtures.need(YEAR));
    String offer = capacity.offer("delegate-est", CapacityFixtures.offer(YEAR));
    assertTrue(CapacityFixtures.indexOf(capacity.matches(null, need), "offer", offer) >= 0);

    api.as("delegate-est").patch("/capacity/offers/" + offer,
        new JsonObject().put("languages", new JsonArray().add("ru"))).expect(200);
    assertEquals(-1, CapacityFixtures.indexOf(capacity.matches(null, need), "offer", offer));
    api.as("delegate-est").patch("/capacity/offers/" + offer,
        new JsonObject().put("languages", new JsonArray().add("ru").add("en"))).expect(200);
    assertTrue(CapacityFixtures.indexOf(capacity.matches(null, need), "offer", offer) >= 0);

    api.as("delegate-est").patch("/capacity/offers/" + offer, new JsonObject().put("status", "closed")).expect(200);
    assertEquals(-1, CapacityFixtures.indexOf(capacity.matches(null, need), "offer", offer));
    api.as("delegate-idn").patch("/capacity/needs/" + need, new JsonObject().put("status", "closed")).expect(200);
    assertEquals(-1, CapacityFixtures.indexOf(offerMatches(null, offer), "need", need));
  }

  @Test
  @DisplayName("A better fit ranks higher: naming the State beats serving its group")
  void ranking() {
    String need = capacity.need("delegate-idn", CapacityFixtures.need(YEAR));
    String group = capacity.offer("delegate-eu", CapacityFixtures.offer(YEAR)
        .put("regions", new JsonArray().add("asia-pacific")));
    String named = capacity.offer("delegate-eu", CapacityFixtures.offer(YEAR).put("regions", new JsonArray().add("IDN")));
    String elsewhere = capacity.offer("delegate-eu", CapacityFixtures.offer(YEAR)
        .put("regions", new JsonArray().add("latin-american-caribbean")));
    JsonArray matches = capacity.matches(null, need);
    int byName = CapacityFixtures.indexOf(matches, "offer", named);
    int byGroup = CapacityFixtures.indexOf(matches, "offer", group);
    int notServed = CapacityFixtures.indexOf(matches, "offer", elsewhere);
    assertTrue(byName >= 0 && byName < byGroup && byGroup < notServed, byName + " " + byGroup + " " + notServed);
    assertEquals(100.0, matches.getJsonObject(byName).getDouble("score"));
    assertEquals("not-served", matches.getJsonObject(notServed).getJsonArray("parts").getJsonObject(2)
        .getString("reason"));

    JsonObject page = api.get("/capacity/needs/" + need + "/matches?limit=1").expect(200).json();
    assertEquals(1, page.getJsonArray("items").size());
    JsonObject second = api.get("/capacity/needs/" + need + "/matches?limit=1&cursor=" + page.getString("next"))
        .expect(200).json();
    assertEquals(matches.getJsonObject(1).getJsonObject("offer").getString("id"),
        second.getJsonArray("items").getJsonObject(0).getJsonObject("offer").getString("id"));
  }

  @Test
  @DisplayName("The reverse: needs for an offer, best first; a need for States and providers only for those who see it")
  void needsForAnOffer() {
    String open = capacity.need("delegate-mwi", CapacityFixtures.need(YEAR).put("regions", new JsonArray().add("KEN")));
    String restricted = capacity.need("delegate-mwi", CapacityFixtures.need(YEAR)
        .put("visibility", "states-and-providers"));
    String offer = capacity.offer("ps-contoso", CapacityFixtures.offer(YEAR).put("regions", new JsonArray().add("KEN")));
    JsonArray forContoso = offerMatches("ps-contoso", offer);
    assertTrue(CapacityFixtures.indexOf(forContoso, "need", open) >= 0);
    assertTrue(CapacityFixtures.indexOf(forContoso, "need", open) < CapacityFixtures.indexOf(forContoso, "need", restricted),
        "Kenya, served by name, is among the first need's beneficiaries");
    assertEquals(-1, CapacityFixtures.indexOf(offerMatches(null, offer), "need", restricted));
  }

  @Test
  @DisplayName("Posting tells the other side of the best new matches; editing does not repeat it")
  void matchEvents() {
    String offer = capacity.offer("ac-institute", CapacityFixtures.offer(YEAR).put("title", "Incident response clinic"));
    String need = capacity.need("delegate-bra", CapacityFixtures.need(YEAR));
    List<OfferEvent> found = matchFound(need);
    assertTrue(found.contains(new OfferEvent(offer, "organization:cyber-policy-institute")), found.toString());

    api.as("delegate-bra").patch("/capacity/needs/" + need, new JsonObject().put("title", "A CERT for Brazil"))
        .expect(200);
    assertEquals(found, matchFound(need), "no repeated notices");
    assertEquals(List.of("capacity.need.posted", "capacity.need.changed"), ServerDatabase.about("needId", need).stream()
        .map(ServerDatabase.Event::type).filter(type -> type.startsWith("capacity.need.")).toList());

    String later = capacity.offer("delegate-est", CapacityFixtures.offer(YEAR));
    assertTrue(ServerDatabase.about("offerId", later).stream().anyMatch(event -> event.type().equals("match.found")
        && event.stream().equals("organization:BRA") && event.payload().getString("needId").equals(need)));
    assertFalse(matchFound(need).stream().anyMatch(event -> event.stream().equals("organization:BRA")),
        "a new need is not announced to the State that posted it");
  }

  @Test
  @DisplayName("A second server on the same database: an offer it posts or changes shows at once in this server's matches")
  void anotherInstance() throws Exception {
    String need = capacity.need("delegate-idn", CapacityFixtures.need(YEAR));
    capacity.matches(null, need);
    // Not closed as a resource: that would drop the database both servers share.
    TestServer.Running other = TestServer.startOn(TestServer.running().database(), Map.of());
    try {
      Api elsewhere = new Api(other.baseUrl());
      String offer = new CapacityFixtures(elsewhere).offer("delegate-est", CapacityFixtures.offer(YEAR));
      assertTrue(CapacityFixtures.indexOf(capacity.matches(null, need), "offer", offer) >= 0);
      elsewhere.as("delegate-est").patch("/capacity/offers/" + offer, new JsonObject().put("status", "closed"))
          .expect(200);
      assertEquals(-1, CapacityFixtures.indexOf(capacity.matches(null, need), "offer", offer));
    } finally {
      other.app().stop().toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
    }
  }

  private record OfferEvent(String offerId, String stream) {
  }

  private static List<OfferEvent> matchFound(String needId) {
    return ServerDatabase.about("needId", needId).stream()
        .filter(event -> event.type().equals("match.found") && event.payload().getString("trigger").equals("need"))
        .map(event -> new OfferEvent(event.payload().getString("offerId"), event.stream())).toList();
  }

  private JsonArray offerMatches(String persona, String offerId) {
    Api reader = persona == null ? api.anonymous() : api.as(persona);
    return reader.get("/capacity/offers/" + offerId + "/matches?limit=500").expect(200).items();
  }
}
