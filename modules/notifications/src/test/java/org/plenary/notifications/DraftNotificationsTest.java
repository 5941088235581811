package org.plenary.notifications;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.plenary.testing.Api;
import org.plenary.testing.Drafting;
import org.plenary.testing.PlenaryTest;
import org.plenary.testing.TestServer;

@PlenaryTest
@DisplayName("Notifications of a watched draft")
class DraftNotificationsTest {

  private final Api api = TestServer.api();

  @Test
  @DisplayName("A State's stance on a watched draft notifies its watchers, naming the stance and who took it")
  void stanceOnWatchedDraft() throws InterruptedException {
    Drafting drafting = new Drafting(api);
    JsonObject draft = drafting.zeroDraft(2);
    String thread = Drafting.thread(draft);
    api.as("delegate-idn").put("/me/watches/threads/" + thread).expect(204);
    drafting.stance("delegate-bra", thread, Drafting.paragraph(draft, 1), "support").expect(201);
    JsonObject stance = null;
    for (int attempt = 0; attempt < 100 && stance == null; attempt++) {
      stance = api.as("delegate-idn").get("/me/notifications?limit=100").expect(200).items().stream()
          .map(JsonObject.class::cast)
          .filter(n -> "stance".equals(n.getString("reason")) && n.getJsonObject("thread") != null
              && thread.equals(n.getJsonObject("thread").getString("id")))
          .findFirst().orElse(null);
      Thread.sleep(100);
    }
    assertTrue(stance != null, "no stance notification arrived");
    assertEquals("support", stance.getJsonObject("details").getString("stance"));
    assertEquals("BRA", stance.getJsonObject("details").getString("organizationId"));
  }
}
