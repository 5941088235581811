package org.plenary.server.capacity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.plenary.testing.ServerDatabase;
import org.plenary.testing.CapacityFixtures;
import org.plenary.testing.Api;
import org.plenary.testing.People;
import org.plenary.testing.PlenaryTest;
import org.plenary.testing.Response;
import org.plenary.testing.TestServer;

@PlenaryTest
@DisplayName("Issue 13 acceptance: a capacity engagement needs both sides — Malawi proposes, Japan accepts, both "
    + "confirm the start and completion")
class EngagementBothSidesTest {

  private static final int YEAR = CapacityFixtures.yearsAhead(8);
  private static final JsonObject NO_BODY = new JsonObject();

  private static Api japan;

  private final Api api = TestServer.api();
  private final Api malawi = api.as("delegate-mwi");
  private final CapacityFixtures capacity = new CapacityFixtures(api);

  @BeforeAll
  static void japaneseDelegate() throws Exception {
    japan = People.signedIn(TestServer.api(), "delegate-jpn-test", "JPN", "delegate");
  }

  private String japanOffer() {
    return japan.post("/capacity/offers", CapacityFixtures.offer(YEAR).put("title", "Cybersecurity workforce training by Japan"))
        .expect(201).json().getString("id");
  }

  private String malawiNeed() {
    return capacity.need("delegate-mwi", CapacityFixtures.need(YEAR).put("title", "A national CERT for Malawi"));
  }

  private int committed(String offer) {
    return api.get("/capacity/offers/" + offer).expect(200).json().getInteger("committed");
  }

  @Test
  @DisplayName("Malawi proposes and cannot accept itself; Japan accepts (only now the offer's capacity is used); Malawi's "
      + "completion alone leaves it in progress, waiting for Japan; Japan completes with its note; each side is told")
  void malawiAndJapan() throws Exception {
    String offer = japanOffer();
    String need = malawiNeed();
    JsonObject proposed = malawi.post("/capacity/engagements", new JsonObject().put("needId", need).put("offerId", offer)
        .put("message", "Malawi would welcome Japan's training for its CERT.")).expect(201).json();
    String engagement = proposed.getString("id");
    String path = "/capacity/engagements/" + engagement;
    assertEquals("proposed", proposed.getString("status"));
    assertEquals("state", proposed.getString("initiatedBy"));
    assertEquals(new JsonArray().add("provider"), proposed.getJsonArray("waitingFor"));
    assertEquals(0, committed(offer), "a proposal uses none of the offer's capacity");

    Response own = malawi.post(path + "/accept");
    String rule = own.expectProblem(403);
    assertEquals("/problems/needs-both-sides", own.json().getString("type"));
    assertTrue(rule.contains("Malawi proposed this engagement, so Japan (the provider) accepts or declines it"), rule);
    malawi.post(path + "/decline", NO_BODY).expectProblem(403);
    japan.post(path + "/withdraw", NO_BODY).expectProblem(403);
    assertEquals("proposed", malawi.get(path).expect(200).json().getString("status"), "nothing changed");
    assertEquals(0, committed(offer));

    JsonObject agreed = japan.post(path + "/accept").expect(200).json();
    assertEquals("agreed", agreed.getString("status"));
    assertEquals(1, committed(offer), "Japan's agreement uses one of its engagements");
    assertTrue(api.get("/capacity/needs/" + need).json().containsKey("matchedAt"));
    assertEquals(new JsonArray().add("state").add("provider"), agreed.getJsonArray("waitingFor"));

    JsonObject halfStarted = malawi.post(path + "/start", new JsonObject().put("note", "Ready to begin in Lilongwe."))
        .expect(200).json();
    assertEquals("agreed", halfStarted.getString("status"), "the start waits for Japan");
    assertEquals(new JsonArray().add("provider"), halfStarted.getJsonArray("waitingFor"));
    assertTrue(halfStarted.getJsonObject("confirmations").getJsonObject("start").containsKey("state"));
    assertFalse(halfStarted.getJsonObject("confirmations").getJsonObject("start").containsKey("provider"));
    String again = malawi.post(path + "/start", NO_BODY).expectProblem(409);
    assertTrue(again.contains("Malawi has confirmed the start already; the engagement waits for Japan"), again);
    assertEquals("in-progress", japan.post(path + "/start", NO_BODY).expect(200).json().getString("status"));

    JsonObject waiting = malawi.post(path + "/complete",
        new JsonObject().put("outcome", "Malawi's CERT has 12 trained analysts.")).expect(200).json();
    assertEquals("in-progress", waiting.getString("status"), "Malawi's completion alone leaves it in progress");
    assertEquals(new JsonArray().add("provider"), waiting.getJsonArray("waitingFor"));
    assertFalse(waiting.containsKey("completedAt"));
    malawi.post(path + "/complete", new JsonObject().put("outcome", "Once more")).expectProblem(409);

    JsonObject completed = japan.post(path + "/complete",
        new JsonObject().put("outcome", "Japan trained 12 analysts and two trainers.")).expect(200).json();
    assertEquals("completed", completed.getString("status"));
    JsonObject notes = completed.getJsonObject("confirmations").getJsonObject("completion");
    assertEquals("Malawi's CERT has 12 trained analysts.", notes.getJsonObject("state").getString("outcome"));
    assertEquals("Japan trained 12 analysts and two trainers.", notes.getJsonObject("provider").getString("outcome"));
    assertEquals(1, committed(offer), "completion uses no more capacity");
    JsonArray history = completed.getJsonArray("history");
    assertEquals(List.of("proposed by MWI", "accepted by JPN", "start-confirmed by MWI", "start-confirmed by JPN",
            "completion-confirmed by MWI", "completion-confirmed by JPN"),
        history.stream().map(JsonObject.class::cast).map(step -> step.getString("step") + " by "
            + step.getJsonObject("by").getJsonObject("organization").getString("id")).toList());

    List<String> events = ServerDatabase.about("matchId", engagement).stream()
        .map(event -> event.type() + " -> " + event.stream()).toList();
    assertEquals(List.of("match.proposed -> organization:JPN", "match.agreed -> organization:MWI",
        "match.start-confirmed -> organization:JPN", "match.in-progress -> organization:MWI",
        "match.completion-confirmed -> organization:JPN", "match.completed -> organization:MWI"), events);
    assertEquals(Set.of("proposed", "start-confirmed", "completion-confirmed"),
        noticed(japan, engagement, Set.of("proposed", "start-confirmed", "completion-confirmed")));
    assertEquals(Set.of("accepted", "start-confirmed", "completion-confirmed"),
        noticed(malawi, engagement, Set.of("accepted", "start-confirmed", "completion-confirmed")));
  }

  @Test
  @DisplayName("Both sides confirming at the same moment: neither confirmation is lost, and the step takes effect once")
  void simultaneousConfirmations() throws Exception {
    String offer = japan.post("/capacity/offers", CapacityFixtures.offer(YEAR).put("capacity", 6)).expect(201).json()
        .getString("id");
    for (int round = 0; round < 4; round++) {
      String need = malawiNeed();
      String engagement = japan.post("/capacity/engagements", new JsonObject().put("needId", need).put("offerId", offer))
          .expect(201).json().getString("id");
      String path = "/capacity/engagements/" + engagement;
      malawi.post(path + "/accept").expect(200);

      together(() -> malawi.post(path + "/start", NO_BODY), () -> japan.post(path + "/start", NO_BODY));
      JsonObject started = malawi.get(path).expect(200).json();
      assertEquals("in-progress", started.getString("status"), started.encodePrettily());
      assertEquals(Set.of("state", "provider"), started.getJsonObject("confirmations").getJsonObject("start").fieldNames());

      together(() -> malawi.post(path + "/complete", new JsonObject().put("outcome", "Malawi: done")),
          () -> japan.post(path + "/complete", new JsonObject().put("outcome", "Japan: done")));
      JsonObject completed = malawi.get(path).expect(200).json();
      assertEquals("completed", completed.getString("status"), completed.encodePrettily());
      JsonObject notes = completed.getJsonObject("confirmations").getJsonObject("completion");
      assertEquals("Malawi: done", notes.getJsonObject("state").getString("outcome"));
      assertEquals("Japan: done", notes.getJsonObject("provider").getString("outcome"));
      List<String> types = ServerDatabase.about("matchId", engagement).stream().map(ServerDatabase.Event::type).toList();
      assertEquals(List.of("match.proposed", "match.agreed", "match.start-confirmed", "match.in-progress",
          "match.completion-confirmed", "match.completed"), types, "each step once, in order");
    }
    assertEquals(4, committed(offer));
  }

  /** Sends both requests at the same moment; both must succeed. */
  private static void together(Supplier<Response> one, Supplier<Response> other) throws Exception {
    CyclicBarrier start = new CyclicBarrier(2);
    List<CompletableFuture<Response>> sent = new ArrayList<>();
    for (Supplier<Response> request : List.of(one, other)) {
      sent.add(CompletableFuture.supplyAsync(() -> {
        try {
          start.await();
        } catch (Exception e) {
          throw new IllegalStateException(e);
        }
        return request.get();
      }));
    }
    for (CompletableFuture<Response> response : sent) {
      response.get().expect(200);
    }
  }

  /** The steps of {@code engagement} that {@code reader}'s notifications tell of, once all {@code expected} arrived. */
  private static Set<String> noticed(Api reader, String engagement, Set<String> expected) throws InterruptedException {
    Set<String> steps = Set.of();
    for (int attempt = 0; attempt < 100; attempt++) {
      steps = reader.get("/me/notifications?limit=100").expect(200).items().stream().map(JsonObject.class::cast)
          .filter(n -> "matching".equals(n.getString("reason")) && n.getJsonObject("details") != null
              && engagement.equals(n.getJsonObject("details").getString("matchId")))
          .map(n -> n.getJsonObject("details").getString("step")).collect(Collectors.toSet());
      if (steps.containsAll(expected)) {
        return steps;
      }
      Thread.sleep(100);
    }
    return fail("only " + steps + " of " + expected + " reached the reader");
  }
}
