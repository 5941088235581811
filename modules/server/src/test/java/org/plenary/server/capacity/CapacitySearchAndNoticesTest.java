package org.plenary.server.capacity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.plenary.testing.CapacityFixtures;
import org.plenary.testing.Api;
import org.plenary.testing.PlenaryTest;
import org.plenary.testing.TestServer;

@PlenaryTest
@DisplayName("Needs and offers are found by search, and each step of a match notifies the other side")
class CapacitySearchAndNoticesTest {

  private static final int YEAR = CapacityFixtures.yearsAhead(7);

  private final Api api = TestServer.api();
  private final CapacityFixtures capacity = new CapacityFixtures(api);

  private JsonArray search(String persona, String query) {
    Api reader = persona == null ? api.anonymous() : api.as(persona);
    return reader.get("/search?q=" + query + "&kind=need").expect(200).items();
  }

  @Test
  @DisplayName("Search finds a public need; a need for States and providers only by those of States")
  void search() {
    String open = capacity.need("delegate-idn", CapacityFixtures.need(YEAR)
        .put("title", "Quokkaville CERT twinning").put("description", "Twinning with a peer CERT."));
    String restricted = capacity.need("delegate-idn", CapacityFixtures.need(YEAR).put("visibility", "states-and-providers")
        .put("title", "Wombatshire strategy review").put("description", "A confidential review."));
    JsonObject found = search(null, "Quokkaville").getJsonObject(0);
    assertEquals("need:" + open, found.getString("id"));
    assertEquals("/api/v1/capacity/needs/" + open, found.getString("href"));
    assertTrue(search(null, "Wombatshire").isEmpty());
    assertTrue(search("cs-pending", "Wombatshire").isEmpty());
    assertEquals("need:" + restricted, search("delegate-fra", "Wombatshire").getJsonObject(0).getString("id"));

    api.as("delegate-idn").patch("/capacity/needs/" + open, new JsonObject().put("title", "Numbatton CERT twinning"))
        .expect(200);
    assertTrue(search(null, "Quokkaville").isEmpty(), "the index follows the change");
    assertFalse(search(null, "Numbatton").isEmpty());
  }

  @Test
  @DisplayName("Malawi's delegate is told of Estonia's interest, Estonia of Malawi's agreement")
  void notices() throws InterruptedException {
    String need = capacity.need("delegate-mwi", CapacityFixtures.need(YEAR));
    String offer = capacity.offer("delegate-est", CapacityFixtures.offer(YEAR));
    String engagement = capacity.engagement("delegate-est", need, offer);
    JsonObject interest = matching("delegate-mwi", engagement, "proposed");
    assertEquals(need, interest.getJsonObject("details").getString("needId"));
    assertEquals(offer, interest.getJsonObject("details").getString("offerId"));
    // who took the step, on what: the page says "Estonia proposed an engagement for your need 'National CERT ...'"
    assertEquals("provider", interest.getJsonObject("details").getString("by"));
    assertEquals("EST", interest.getJsonObject("details").getString("providerId"));
    assertTrue(interest.getJsonObject("details").getString("needTitle").startsWith("National CERT "),
        interest.encode());
    capacity.step("delegate-mwi", engagement, "accept", new JsonObject()).expect(200);
    assertEquals("EST", matching("delegate-est", engagement, "agreed").getJsonObject("details")
        .getString("organizationId"));
  }

  /** Waits for {@code persona}'s notification of the match step, as the event is consumed asynchronously. */
  private JsonObject matching(String persona, String matchId, String status) throws InterruptedException {
    for (int attempt = 0; attempt < 100; attempt++) {
      JsonObject notification = api.as(persona).get("/me/notifications?limit=100").expect(200).items().stream()
          .map(JsonObject.class::cast)
          .filter(n -> "matching".equals(n.getString("reason")) && n.getJsonObject("details") != null
              && matchId.equals(n.getJsonObject("details").getString("matchId"))
              && status.equals(n.getJsonObject("details").getString("status")))
          .findFirst().orElse(null);
      if (notification != null) {
        return notification;
      }
      Thread.sleep(100);
    }
    return fail("no " + status + " notification of match " + matchId + " reached " + persona);
  }
}
