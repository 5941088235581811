package org.plenary.capacity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.plenary.testing.ServerDatabase;
import org.plenary.testing.CapacityFixtures;
import org.plenary.testing.Api;
import org.plenary.testing.PlenaryTest;
import org.plenary.testing.TestServer;

@PlenaryTest
@DisplayName("Issue 5 acceptance: Malawi's CERT need, Estonia's offer, the demand-driven workflow")
class CapacityAcceptanceTest {

  /** Next year: 2027 when this was written. */
  private static final int YEAR = CapacityFixtures.yearsAhead(1);
  private static final int WORKFLOW_YEAR = CapacityFixtures.yearsAhead(2);

  private final Api api = TestServer.api();
  private final CapacityFixtures capacity = new CapacityFixtures(api);

  private String malawiNeed(int year) {
    return capacity.need("delegate-mwi", CapacityFixtures.need(year)
        .put("title", "A national CERT for Malawi")
        .put("modalities", new JsonArray().add("in-person").add("hybrid")));
  }

  /** From the middle of the year before to the end of {@code year}. */
  private String estoniaOffer(int year) {
    return capacity.offer("delegate-est", CapacityFixtures.offer(year - 1)
        .put("title", "CERT training by Estonia")
        .put("areas", new JsonArray().add("incident-management-certs").add("skills-workforce"))
        .put("regions", new JsonArray().add("african").add("asia-pacific"))
        .put("modalities", new JsonArray().add("hybrid"))
        .put("startsOn", (year - 1) + "-06-01").put("endsOn", year + "-12-31"));
  }

  @Test
  @DisplayName("Estonia's offer ranks first with its explanation; Contoso's French-only offer is filtered out by the language rule")
  void estoniaFirstContosoFiltered() {
    String need = malawiNeed(YEAR);
    String estonia = estoniaOffer(YEAR);
    String contoso = capacity.offer("ps-contoso", CapacityFixtures.offer(YEAR).put("title", "Formation des CERT")
        .put("languages", new JsonArray().add("fr")).put("regions", new JsonArray().add("MWI")));
    String institute = capacity.offer("ac-institute", CapacityFixtures.offer(YEAR).put("title", "CERT course online")
        .put("modalities", new JsonArray().add("remote")));

    JsonArray matches = capacity.matches("delegate-mwi", need);
    JsonObject first = matches.getJsonObject(0);
    assertEquals(estonia, first.getJsonObject("offer").getString("id"), matches.encodePrettily());
    assertEquals(96.0, first.getDouble("score"));
    Map<String, JsonObject> parts = first.getJsonArray("parts").stream().map(JsonObject.class::cast)
        .collect(Collectors.toMap(p -> p.getString("part"), p -> p));
    assertEquals(List.of("area", "language", "region", "modality", "timeframe", "capacity"),
        first.getJsonArray("parts").stream().map(p -> ((JsonObject) p).getString("part")).toList());
    assertEquals("all-covered", parts.get("area").getString("reason"));
    assertEquals("all-shared", parts.get("language").getString("reason"));
    assertEquals("group-served", parts.get("region").getString("reason"));
    assertEquals(16.0, parts.get("region").getDouble("points"));
    assertTrue(parts.get("region").getString("detail").contains("Malawi"), parts.get("region").getString("detail"));
    assertEquals("compatible", parts.get("modality").getString("reason"));
    assertEquals("full", parts.get("timeframe").getString("reason"));
    assertEquals(3, parts.get("capacity").getInteger("remaining"));
    assertEquals(96.0, parts.values().stream().mapToDouble(p -> p.getDouble("points")).sum(), 1e-9);

    assertEquals(-1, CapacityFixtures.indexOf(matches, "offer", contoso), "French only: filtered out");
    assertTrue(CapacityFixtures.indexOf(matches, "offer", institute) > 0, "remote only: matched, ranked lower");

    JsonObject whyNot = api.get("/capacity/needs/" + need + "/matches/" + contoso).expect(200).json();
    assertEquals(false, whyNot.getBoolean("eligible"));
    assertEquals(new JsonArray().add("language"), whyNot.getJsonArray("excludedBy"));
    assertEquals("none-shared", whyNot.getJsonArray("parts").getJsonObject(1).getString("reason"));
  }

  @Test
  @DisplayName("Estonia expresses interest, Malawi accepts: agreed; Contoso cannot accept for Malawi; both confirm the start and"
      + " completion, each with its outcome")
  void interestAgreementCompletion() {
    String need = malawiNeed(WORKFLOW_YEAR);
    String offer = estoniaOffer(WORKFLOW_YEAR);
    JsonObject proposed = capacity.propose("delegate-est", need, offer).expect(201).json();
    assertEquals("proposed", proposed.getString("status"));
    assertEquals("provider", proposed.getString("initiatedBy"));
    String engagement = proposed.getString("id");

    String refusal = capacity.step("ps-contoso", engagement, "accept", new JsonObject()).expectProblem(403);
    assertTrue(refusal.contains("requesting State"), refusal);
    assertFalse(refusal.contains("Malawi") || refusal.contains("Estonia"), "a non-party is not told who is engaged: " + refusal);
    capacity.step("delegate-est", engagement, "accept", new JsonObject()).expectProblem(403);

    JsonObject agreed = capacity.step("delegate-mwi", engagement, "accept", new JsonObject()).expect(200).json();
    assertEquals("agreed", agreed.getString("status"));
    assertTrue(agreed.containsKey("agreedAt"));
    assertEquals(1, api.get("/capacity/offers/" + offer).json().getInteger("committed"));
    assertTrue(api.get("/capacity/needs/" + need).json().containsKey("matchedAt"));

    capacity.step("delegate-est", engagement, "start", new JsonObject()).expect(200);
    capacity.step("delegate-mwi", engagement, "start", new JsonObject()).expect(200);
    capacity.step("delegate-mwi", engagement, "complete",
        new JsonObject().put("outcome", "Malawi's CERT handles incidents; 12 staff trained.")).expect(200);
    JsonObject completed = capacity.step("delegate-est", engagement, "complete",
        new JsonObject().put("outcome", "Estonia trained 12 analysts in three cycles.")).expect(200).json();
    assertEquals("completed", completed.getString("status"));
    assertEquals("Malawi's CERT handles incidents; 12 staff trained.", completed.getJsonObject("confirmations")
        .getJsonObject("completion").getJsonObject("state").getString("outcome"));
    JsonArray history = api.as("delegate-est").get("/capacity/engagements/" + engagement).expect(200).json()
        .getJsonArray("history");
    assertEquals(List.of("proposed", "agreed", "agreed", "in-progress", "in-progress", "completed"),
        history.stream().map(step -> ((JsonObject) step).getString("status")).toList());
    assertEquals("MWI", history.getJsonObject(1).getJsonObject("by").getJsonObject("organization").getString("id"));
    assertEquals("Malawi's CERT handles incidents; 12 staff trained.", history.getJsonObject(4).getString("note"));
    assertEquals("Estonia trained 12 analysts in three cycles.", history.getJsonObject(5).getString("note"));

    List<String> notified = ServerDatabase.about("matchId", engagement).stream()
        .map(event -> event.type() + " -> " + event.stream()).toList();
    assertEquals(List.of("match.proposed -> organization:MWI", "match.agreed -> organization:EST",
        "match.start-confirmed -> organization:MWI", "match.in-progress -> organization:EST",
        "match.completion-confirmed -> organization:EST", "match.completed -> organization:MWI"), notified);
  }

  @Test
  @DisplayName("cs-pending, not accredited, cannot post an offer")
  void pendingCannotOffer() {
    var response = capacity.postOffer("cs-pending", CapacityFixtures.offer(YEAR));
    String detail = response.expectProblem(403);
    assertEquals("/problems/not-accredited", response.json().getString("type"));
    assertTrue(detail.contains("not accredited"), detail);
    assertEquals(0, api.get("/capacity/offers?provider=digital-rights-watch").expect(200).items().size(),
        "nothing written");
  }
}
