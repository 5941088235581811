package org.plenary.capacity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.plenary.testing.CapacityFixtures;
import org.plenary.testing.Api;
import org.plenary.testing.PlenaryTest;
import org.plenary.testing.TestServer;

@PlenaryTest
@DisplayName("Capacity-building rules: who posts, who changes, who sees a need for States and providers")
class CapacityRulesTest {

  private static final int YEAR = CapacityFixtures.yearsAhead(3);

  private final Api api = TestServer.api();
  private final CapacityFixtures capacity = new CapacityFixtures(api);

  @Test
  @DisplayName("Needs are posted by State delegates only; offers by delegates of organizations that take part")
  void whoPosts() {
    JsonObject need = CapacityFixtures.need(YEAR);
    assertTrue(capacity.postNeed("member-fra", need).expectProblem(403).contains("delegates of States"));
    capacity.postNeed("delegate-eu", need).expectProblem(403);
    capacity.postNeed("ps-contoso", need).expectProblem(403);
    api.anonymous().post("/capacity/needs", need).expectProblem(401);
    assertEquals("BRA", capacity.postNeed("delegate-bra", need).expect(201).json().getJsonObject("state").getString("id"));

    JsonObject offer = CapacityFixtures.offer(YEAR);
    assertTrue(capacity.postOffer("member-fra", offer).expectProblem(403).contains("delegate"));
    capacity.postOffer("moderator", offer).expectProblem(403);
    assertEquals("EU", capacity.postOffer("delegate-eu", offer).expect(201).json().getJsonObject("provider").getString("id"));
    assertEquals("academia", capacity.postOffer("ac-institute", offer).expect(201).json()
        .getJsonObject("provider").getString("kind"));
  }

  @Test
  @DisplayName("Bad input: unknown areas and regions, reversed or malformed dates, unknown fields, empty lists")
  void badInput() {
    String title = "Never written " + System.nanoTime();
    JsonObject need = CapacityFixtures.need(YEAR).put("title", title);
    String detail = capacity.postNeed("delegate-idn", need.copy().put("areas", new JsonArray().add("quantum-diplomacy")))
        .expectProblem(400);
    assertTrue(detail.contains("quantum-diplomacy") && detail.contains("/capacity/areas"), detail);
    detail = capacity.postNeed("delegate-idn", need.copy().put("regions", new JsonArray().add("ATL"))).expectProblem(400);
    assertTrue(detail.contains("ATL"), detail);
    detail = capacity.postNeed("delegate-idn", need.copy().put("endsOn", (YEAR - 1) + "-12-31")).expectProblem(400);
    assertTrue(detail.contains("before"), detail);
    capacity.postNeed("delegate-idn", need.copy().put("startsOn", YEAR + "-02-30")).expectProblem(400);
    capacity.postNeed("delegate-idn", need.copy().put("endsOn", (YEAR + 11) + "-01-01")).expectProblem(400);
    detail = capacity.postNeed("delegate-idn", need.copy().put("budget", 100)).expectProblem(400);
    assertTrue(detail.contains("budget"), detail);
    capacity.postNeed("delegate-idn", need.copy().put("languages", new JsonArray())).expectProblem(400);
    capacity.postNeed("delegate-idn", need.copy().put("modalities", new JsonArray().add("carrier-pigeon")))
        .expectProblem(400);
    capacity.postNeed("delegate-idn", need.copy().put("visibility", "secret")).expectProblem(400);
    capacity.postOffer("delegate-est", CapacityFixtures.offer(YEAR).put("title", title).put("capacity", 0))
        .expectProblem(400);
    assertFalse(api.as("delegate-idn").get("/capacity/needs?state=IDN&limit=500").body().contains(title),
        "nothing written");
    assertFalse(api.get("/capacity/offers?provider=EST&limit=500").body().contains(title), "nothing written");
    api.get("/capacity/needs?cursor=bm90LWEtY3Vyc29y").expectProblem(400);
    api.get("/capacity/needs/not-a-uuid").expectProblem(400);
  }

  @Test
  @DisplayName("A need for States and providers: hidden (404) from the public and from stakeholders until they offer")
  void restrictedNeed() {
    String need = capacity.need("delegate-idn", CapacityFixtures.need(YEAR).put("visibility", "states-and-providers")
        .put("title", "Restricted need of Indonesia"));
    String path = "/capacity/needs/" + need;
    api.anonymous().get(path).expectProblem(404);
    api.as("cs-opennet").get(path).expectProblem(404);
    api.as("cs-pending").get(path).expectProblem(404);
    assertFalse(api.as("cs-opennet").get("/capacity/needs?state=IDN&limit=500").body().contains(need));
    api.as("member-fra").get(path).expect(200);
    api.as("delegate-eu").get(path).expect(200);
    api.as("moderator").get(path).expect(200);
    assertTrue(api.as("delegate-rus").get("/capacity/needs?state=IDN&limit=500").body().contains(need));

    capacity.offer("cs-opennet", CapacityFixtures.offer(YEAR).put("title", "Open Networks' CERT mentoring"));
    api.as("cs-opennet").get(path).expect(200);
    assertTrue(api.as("cs-opennet").get("/capacity/needs?state=IDN&limit=500").body().contains(need),
        "a provider sees needs for States and providers");
    api.as("cs-pending").get(path).expectProblem(404);
    api.anonymous().get(path + "/matches").expectProblem(404);
  }

  @Test
  @DisplayName("Only a delegate of the owner changes a need or an offer; the capacity never drops below what is agreed")
  void whoChanges() {
    String need = capacity.need("delegate-idn", CapacityFixtures.need(YEAR));
    String offer = capacity.offer("delegate-est", CapacityFixtures.offer(YEAR).put("capacity", 3));
    JsonObject close = new JsonObject().put("status", "closed");
    assertTrue(api.as("delegate-mwi").patch("/capacity/needs/" + need, close).expectProblem(403).contains("Indonesia"));
    api.as("ps-contoso").patch("/capacity/offers/" + offer, close).expectProblem(403);
    api.anonymous().patch("/capacity/offers/" + offer, close).expectProblem(401);
    api.as("delegate-est").patch("/capacity/offers/" + offer, new JsonObject()).expectProblem(400);

    JsonObject changed = api.as("delegate-idn").patch("/capacity/needs/" + need,
        new JsonObject().put("title", "A national CERT, second phase").put("regions", new JsonArray().add("asia-pacific")))
        .expect(200).json();
    assertEquals("A national CERT, second phase", changed.getString("title"));
    assertEquals(new JsonArray().add("IDN").add("asia-pacific"), changed.getJsonArray("regions"));
    assertEquals("Establish and mature a national CERT.", changed.getString("description"), "unchanged fields stay");

    String other = capacity.need("delegate-idn", CapacityFixtures.need(YEAR));
    for (String agreed : new String[] {need, other}) {
      capacity.step("delegate-idn", capacity.engagement("delegate-est", agreed, offer), "accept", new JsonObject())
          .expect(200);
    }
    String detail = api.as("delegate-est").patch("/capacity/offers/" + offer, new JsonObject().put("capacity", 1))
        .expectProblem(409);
    assertTrue(detail.contains("2 engagements"), detail);
    JsonObject full = api.as("delegate-est").patch("/capacity/offers/" + offer, new JsonObject().put("capacity", 2))
        .expect(200).json();
    assertEquals(0, full.getInteger("remaining"));
    assertEquals("closed", api.as("delegate-idn").patch("/capacity/needs/" + need, close).expect(200).json()
        .getString("status"));
  }

  @Test
  @DisplayName("An engagement is read by its parties and those who run the dialogue")
  void engagementReaders() {
    String need = capacity.need("delegate-bra", CapacityFixtures.need(YEAR).put("title", "Brazil's CERT"));
    String offer = capacity.offer("delegate-eu", CapacityFixtures.offer(YEAR));
    String engagement = capacity.engagement("delegate-bra", need, offer);
    String path = "/capacity/engagements/" + engagement;
    assertEquals("state", api.as("delegate-eu").get(path).expect(200).json().getString("initiatedBy"));
    api.as("secretariat").get(path).expect(200);
    String detail = api.as("ps-contoso").get(path).expectProblem(403);
    assertTrue(detail.contains("requesting State, the provider"), detail);
    api.as("delegate-fra").get(path).expectProblem(403);
    api.anonymous().get(path).expectProblem(401);
    api.anonymous().get("/capacity/engagements").expectProblem(401);
    assertTrue(api.as("delegate-eu").get("/capacity/engagements?needId=" + need).body().contains(engagement));
    assertFalse(api.as("delegate-fra").get("/capacity/engagements?needId=" + need).body().contains(engagement));
    assertTrue(api.as("moderator").get("/capacity/engagements?needId=" + need).body().contains(engagement));
  }
}
