package org.plenary.sessions.speakers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.plenary.testing.Api;
import org.plenary.testing.PlenaryTest;
import org.plenary.testing.TestServer;

@PlenaryTest
@DisplayName("Rights of reply asked at once on two meetings' lists of one item: two in all, the rest refused, never a 500")
class RepliesAtOnceTest {

  private final Api api = TestServer.api();

  @Test
  @DisplayName("Russia asks for a reply on both meetings' lists of item 5 at once, again and again: 201, 201, then 409s")
  void repliesAtOnce() {
    SpeakersSitting sitting = SpeakersSitting.substantive(api, "states");
    List<String> meetings = List.of(sitting.meeting(5), sitting.meeting(5));
    List<Integer> statuses = new ArrayList<>();
    for (int round = 0; round < 3; round++) {
      List<CompletableFuture<Integer>> asked = meetings.stream().map(meeting -> CompletableFuture.supplyAsync(() ->
          api.as("delegate-rus").withHeader("Idempotency-Key", UUID.randomUUID().toString())
              .post("/sessions/" + sitting.sessionId() + "/items/" + sitting.item(5) + "/rights-of-reply",
                  new JsonObject().put("meetingId", meeting)).status())).toList();
      asked.forEach(answer -> statuses.add(answer.join()));
    }
    assertEquals(2, statuses.stream().filter(status -> status == 201).count(), statuses.toString());
    assertEquals(4, statuses.stream().filter(status -> status == 409).count(), statuses.toString());
  }
}
