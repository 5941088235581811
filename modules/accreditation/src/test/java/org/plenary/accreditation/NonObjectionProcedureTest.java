package org.plenary.accreditation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.sql.Connection;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.plenary.testing.Accrediting;
import org.plenary.testing.Api;
import org.plenary.testing.Dialogue;
import org.plenary.testing.TestServer;

/**
 * The story of issue 4 with cs-pending, on a server of its own: other tests count on Digital Rights Watch
 * staying pending in the shared database.
 */
@DisplayName("Non-objection procedure: cs-pending applies, the Russian Federation objects, the window closes")
class NonObjectionProcedureTest {

  private static TestServer.Running server;
  private static Api api;

  @BeforeAll
  static void start() throws Exception {
    server = TestServer.start(Map.of());
    api = new Api(server.baseUrl());
  }

  @AfterAll
  static void stop() throws Exception {
    server.close();
  }

  @Test
  @DisplayName("The window closes by itself: objected; delegate-fra sees that RUS objected and why, cs-pending and the public do not")
  void objectedByTheRussianFederation() throws Exception {
    JsonObject application = api.as("cs-pending").post("/accreditations", Accrediting.request("Digital Rights Watch", false))
        .expect(201).json();
    String id = application.getString("id");
    assertEquals("pending", application.getString("status"));
    assertTrue(application.getBoolean("windowOpen"));
    assertFalse(application.containsKey("objections"), "the applicant never sees objections");
    Instant closes = Instant.parse(application.getString("windowClosesAt"));
    assertTrue(closes.isAfter(Instant.now().plusSeconds(9 * 86400)), "10 days by default: " + closes);
    assertTrue(api.as("delegate-idn").get("/accreditations?status=pending").body().contains(id), "listed to States");

    new Accrediting(api).object("delegate-rus", id, "The organization is not independent of foreign governments.")
        .expect(201);
    api.as("secretariat").patch("/accreditations/" + id,
        new JsonObject().put("closesAt", Instant.now().plusSeconds(2).toString())).expect(200);
    JsonObject decided = awaitDecision(id);

    assertEquals("objected", decided.getString("status"));
    assertEquals("window-expired", decided.getString("decidedHow"));
    JsonArray objections = decided.getJsonArray("objections");
    assertEquals("RUS", objections.getJsonObject(0).getJsonObject("state").getString("id"));
    assertEquals("The organization is not independent of foreign governments.", objections.getJsonObject(0).getString("reason"));

    String seenByApplicant = api.as("cs-pending").get("/accreditations/" + id).expect(200).body();
    assertTrue(seenByApplicant.contains("\"status\":\"objected\""), seenByApplicant);
    assertFalse(seenByApplicant.contains("RUS") || seenByApplicant.contains("Russia")
        || seenByApplicant.contains("foreign governments"), seenByApplicant);
    api.anonymous().get("/accreditations/" + id).expectProblem(401);
    api.anonymous().get("/accreditations").expectProblem(401);
    api.as("cs-opennet").get("/accreditations/" + id).expectProblem(404);
    assertFalse(api.as("cs-opennet").get("/accreditations").body().contains(id), "other stakeholders see nothing");
    assertFalse(api.anonymous().get("/organizations/digital-rights-watch").json().containsKey("accreditation"),
        "the public learns no more than the public list of accredited organizations says");
    assertEquals("objected", api.as("cs-pending").get("/organizations/digital-rights-watch").json()
        .getString("accreditation"));

    String thread = Dialogue.on(api).openThread("delegate-fra", "norms");
    Dialogue.on(api).post("cs-pending", thread, new JsonObject()).expectProblem(403);
    JsonObject audit = api.as("secretariat").get("/audit?action=accreditation.decided&subjectId=digital-rights-watch")
        .expect(200).items().getJsonObject(0);
    assertNull(audit.getJsonObject("actor"), "the window closed by itself");
    assertEquals("objected", audit.getJsonObject("details").getString("outcome"));
  }

  @Test
  @DisplayName("A window that expires while the server is stopped is decided when it starts again")
  void decidedAfterRestart() throws Exception {
    TestServer.Running first = TestServer.start(Map.of("PLENARY_ACCREDITATION_SWEEP_SECONDS", "3600"));
    Api before = new Api(first.baseUrl());
    Accrediting accrediting = new Accrediting(before);
    String quiet = accrediting.register(false).getString("id");
    String objected = accrediting.register(false).getString("id");
    accrediting.object("delegate-bra", objected, null).expect(201);
    first.app().stop().toCompletionStage().toCompletableFuture().get();

    Accrediting.sql(first.database(), "UPDATE accreditation_application SET closes_at = now() - interval '1 hour'"
        + " WHERE status = 'pending'");
    TestServer.Running again = TestServer.startOn(first.database(),
        Map.of("PLENARY_ACCREDITATION_SWEEP_SECONDS", "3600", "PLENARY_DATA_DIR", first.dataDirectory().toString()));
    try {
      Api after = new Api(again.baseUrl()).as("secretariat");
      JsonObject accredited = after.get("/accreditations/" + quiet).expect(200).json();
      assertEquals("accredited", accredited.getString("status"), accredited.encode());
      assertEquals("window-expired", accredited.getString("decidedHow"));
      assertEquals("accredited", accredited.getJsonObject("organization").getString("accreditation"));
      assertEquals("objected", after.get("/accreditations/" + objected).expect(200).json().getString("status"));
    } finally {
      again.close();
    }
  }

  @Test
  @DisplayName("Two servers sharing a database close the same windows: each application is decided once")
  void decidedOnceByTwoInstances() throws Exception {
    Map<String, String> quick = Map.of("PLENARY_ACCREDITATION_SWEEP_SECONDS", "1");
    TestServer.Running one = TestServer.start(quick);
    TestServer.Running two = TestServer.startOn(one.database(), quick);
    try {
      Accrediting accrediting = new Accrediting(new Api(one.baseUrl()));
      List<String> organizations = new ArrayList<>();
      for (int i = 0; i < 12; i++) {
        organizations.add(accrediting.register(false).getJsonObject("organization").getString("id"));
      }
      // Both instances learn of the new end at their next sweep and wake for it at the same moment.
      Accrediting.sql(one.database(), "UPDATE accreditation_application SET closes_at = now() + interval '2 seconds'"
          + " WHERE status = 'pending'");
      Thread.sleep(4000);
      Api secretariat = new Api(two.baseUrl()).as("secretariat");
      for (String organization : organizations) {
        JsonArray decisions = secretariat.get("/audit?action=accreditation.decided&subjectId=" + organization)
            .expect(200).items();
        assertEquals(1, decisions.size(), organization + " decided " + decisions.size() + " times");
      }
    } finally {
      two.app().stop().toCompletionStage().toCompletableFuture().get();
      one.close();
    }
  }

  @Test
  @DisplayName("A window the Secretariat extends while the timer waits to close it stays open")
  void extendedWhileTheTimerCloses() throws Exception {
    TestServer.Running own = TestServer.start(Map.of("PLENARY_ACCREDITATION_SWEEP_SECONDS", "3600"));
    try (Connection secretariat = Accrediting.connect(own.database())) {
      Accrediting accrediting = new Accrediting(new Api(own.baseUrl()));
      String id = accrediting.register(false).getString("id");
      String which = " WHERE id = '" + id + "'";
      Accrediting.sql(own.database(), "UPDATE accreditation_application SET closes_at = now() - interval '1 minute'" + which);
      // The Secretariat's change of the window holds the application's lock, as PATCH /accreditations/{id} does;
      // meanwhile a new application wakes the timer, which finds this window due and waits for the lock.
      secretariat.setAutoCommit(false);
      secretariat.createStatement().execute("SELECT 1 FROM accreditation_application" + which + " FOR UPDATE");
      accrediting.register(false);
      awaitLockWaiters(own, 1);
      secretariat.createStatement().execute("UPDATE accreditation_application SET closes_at = now() + interval '1 day'"
          + which);
      secretariat.commit();
      awaitLockWaiters(own, 0);

      JsonObject extended = new Api(own.baseUrl()).as("secretariat").get("/accreditations/" + id).expect(200).json();
      assertEquals("pending", extended.getString("status"), extended.encode());
      assertTrue(extended.getBoolean("windowOpen"));
    } finally {
      own.close();
    }
  }

  /** Until {@code count} sessions wait for a lock: the timer, once it has found the window due and tries to close it. */
  private static void awaitLockWaiters(TestServer.Running server, int count) throws Exception {
    for (int attempt = 0; attempt < 100; attempt++) {
      if (Accrediting.waitingForLocks(server.database()) == count) {
        Thread.sleep(200);
        return;
      }
      Thread.sleep(100);
    }
    throw new AssertionError("never " + count + " sessions waiting for a lock");
  }

  private static JsonObject awaitDecision(String id) throws InterruptedException {
    for (int attempt = 0; attempt < 100; attempt++) {
      JsonObject application = api.as("delegate-fra").get("/accreditations/" + id).expect(200).json();
      if (!"pending".equals(application.getString("status"))) {
        return application;
      }
      Thread.sleep(100);
    }
    throw new AssertionError("the window of " + id + " never closed");
  }
}
