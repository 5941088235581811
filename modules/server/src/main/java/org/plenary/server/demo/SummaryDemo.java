package org.plenary.server.demo;

import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.Map;
import java.util.UUID;
import org.plenary.summary.SummaryService;

/** Plays the {@code summaries} of the demo script: generated, submitted, and published by the Chair. */
final class SummaryDemo {

  private final SummaryService summaries;
  private final DemoCast cast;
  private final Map<String, UUID> threads;

  SummaryDemo(SummaryService summaries, DemoCast cast, Map<String, UUID> threads) {
    this.summaries = summaries;
    this.cast = cast;
    this.threads = threads;
  }

  Future<Void> play(JsonArray script) {
    Future<Void> chain = Future.succeededFuture();
    for (Object entry : script) {
      JsonObject summary = (JsonObject) entry;
      chain = chain.compose(v -> summarise(summary));
    }
    return chain;
  }

  private Future<Void> summarise(JsonObject script) {
    return cast.participant(script.getString("by")).compose(moderator ->
        summaries.generate(moderator, threads.get(script.getString("thread"))).compose(id -> {
          Future<Void> submitted = script.getBoolean("submit", false) ? summaries.submit(moderator, id)
              : Future.succeededFuture();
          return submitted.compose(v -> script.containsKey("publishBy")
              ? cast.participant(script.getString("publishBy")).compose(chair -> summaries.publish(chair, id))
              : Future.succeededFuture());
        }));
  }
}
