package org.plenary.server.live;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.plenary.server.support.Api;
import org.plenary.server.support.Dialogue;
import org.plenary.server.support.EventStream;
import org.plenary.server.support.PlenaryTest;
import org.plenary.server.support.TestServer;

@PlenaryTest
@DisplayName("Two server instances on one database: a post written through one reaches subscribers of the other")
class TwoInstancesTest {

  private static TestServer.Running second;
  private static Api first;
  private static Api other;

  @BeforeAll
  static void startSecondInstance() throws Exception {
    TestServer.Running running = TestServer.running();
    // The second instance trusts the first one's dev issuer, as instances behind a load balancer share one.
    second = TestServer.startOn(running.database(), Map.of("PLENARY_OIDC_ISSUER", running.baseUrl() + "/dev-idp"));
    first = TestServer.api();
    other = new Api(second.baseUrl());
  }

  @AfterAll
  static void stopSecondInstance() throws Exception {
    // Only the instance: the database is the shared one.
    second.app().stop().toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
  }

  @Test
  @DisplayName("Written through the first, received from the second; and the other way round")
  void bothWays() {
    Dialogue dialogue = Dialogue.on(first);
    String thread = dialogue.openThread("delegate-fra", "confidence-building");
    Api estoniaOnSecond = other.withToken(first.passwordGrant("delegate-est"));
    Api brazilOnSecond = other.withToken(first.passwordGrant("delegate-bra"));
    try (EventStream onSecond = estoniaOnSecond.follow("/threads/" + thread + "/events", null);
         EventStream onFirst = first.as("delegate-mwi").follow("/threads/" + thread + "/events", null)) {
      long viaFirst = dialogue.comment("delegate-fra", thread, "Written through the first instance.").getLong("id");
      assertEquals(viaFirst, onSecond.next().json().getJsonObject("post").getLong("id"));

      long viaSecond = brazilOnSecond.post("/threads/" + thread + "/posts",
              new io.vertx.core.json.JsonObject().put("body", "Written through the second.").put("language", "en"))
          .expect(201).json().getLong("id");
      assertEquals(viaFirst, onFirst.next().json().getJsonObject("post").getLong("id"));
      assertEquals(viaSecond, onFirst.next().json().getJsonObject("post").getLong("id"));
      assertEquals(viaSecond, onSecond.next().json().getJsonObject("post").getLong("id"));
    }
  }
}
