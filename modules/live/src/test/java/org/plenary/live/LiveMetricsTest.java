package org.plenary.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.function.DoublePredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.plenary.testing.Api;
import org.plenary.testing.Dialogue;
import org.plenary.testing.EventStream;
import org.plenary.testing.PlenaryTest;
import org.plenary.testing.TestServer;

/** What an operator's dashboard and alerts read (docs/OPERATIONS.md): open streams and the outbox's lag. */
@PlenaryTest
@DisplayName("/metrics counts the open event streams and shows how far the outbox's events are behind")
class LiveMetricsTest {

  private static final long PATIENCE_MS = 10_000;
  private final Api api = TestServer.api();

  @Test
  @DisplayName("plenary_sse_subscribers goes up by one while a stream is open and back down when it closes")
  void subscribers() {
    String thread = Dialogue.on(api).openThread("delegate-fra", "norms");
    double before = eventually("plenary_sse_subscribers", value -> true);
    try (EventStream stream = api.as("delegate-est").follow("/threads/" + thread + "/events", null)) {
      stream.opened();
      eventually("plenary_sse_subscribers", value -> value == before + 1);
    }
    eventually("plenary_sse_subscribers", value -> value == before);
  }

  @Test
  @DisplayName("A post's event is counted in plenary_outbox_delivery_seconds and leaves no lag behind")
  void outboxLag() {
    Dialogue dialogue = Dialogue.on(api);
    String thread = dialogue.openThread("delegate-fra", "norms");
    double delivered = eventually("plenary_outbox_delivery_seconds_count", value -> true);
    dialogue.comment("delegate-fra", thread, "Counted on its way to the event bus.");
    eventually("plenary_outbox_delivery_seconds_count", value -> value >= delivered + 1);
    assertEquals(0, eventually("plenary_outbox_lag_events", value -> value == 0));
    assertTrue(eventually("plenary_outbox_delivery_seconds_max", value -> true) < 60,
        "an event published at once is not a minute late");
  }

  /** The metric's value once {@code until} holds, read again until it does or patience runs out. */
  private double eventually(String metric, DoublePredicate until) {
    Pattern line = Pattern.compile("(?m)^" + Pattern.quote(metric) + "(?:\\{[^}]*\\})? (\\S+)$");
    long deadline = System.currentTimeMillis() + PATIENCE_MS;
    String last = "";
    while (System.currentTimeMillis() < deadline) {
      last = api.get("/metrics").expect(200).body();
      Matcher found = line.matcher(last);
      if (found.find() && until.test(Double.parseDouble(found.group(1)))) {
        return Double.parseDouble(found.group(1));
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    return fail(metric + " did not reach the expected value; /metrics has: "
        + last.lines().filter(l -> l.startsWith(metric)).toList());
  }
}
