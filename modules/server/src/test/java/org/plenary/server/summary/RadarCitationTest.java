package org.plenary.server.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.plenary.testing.Api;
import org.plenary.testing.Dialogue;
import org.plenary.testing.PlenaryTest;
import org.plenary.testing.Response;
import org.plenary.testing.TestServer;

@PlenaryTest
@DisplayName("A summary of the horizon-scanning thread cites the radar's figures of a closed round")
class RadarCitationTest {

  private final Api api = TestServer.api();

  private String signal(String title) {
    JsonObject body = new JsonObject().put("title", title).put("description", "Seen in incident reports.")
        .put("category", "ai-enabled-operations").put("norms", new JsonArray().add("norm-f"))
        .put("horizon", "1-3-years").put("sources", new JsonArray());
    return api.as("delegate-fra").withHeader("Idempotency-Key", UUID.randomUUID().toString())
        .post("/radar/signals", body).expect(201).json().getString("id");
  }

  private String round(String title) {
    return api.as("secretariat").withHeader("Idempotency-Key", UUID.randomUUID().toString())
        .post("/radar/rounds", new JsonObject().put("title", title)).expect(201).json().getString("id");
  }

  private void rate(String rater, String round, String signal, int likelihood, int impact) {
    api.as(rater).put("/radar/rounds/" + round + "/signals/" + signal + "/assessment",
        new JsonObject().put("likelihood", likelihood).put("impact", impact)).expect(200);
  }

  private String summary() {
    Dialogue dialogue = Dialogue.on(api);
    String thread = dialogue.openThread("moderator", "horizon-scanning");
    dialogue.comment("delegate-bra", thread, "AI-enabled operations are the threat we see growing fastest.");
    return api.as("moderator").post("/threads/" + thread + "/summaries").expect(201).json().getString("id");
  }

  private Response cite(String summary, String markdown) {
    return api.as("moderator").put("/summaries/" + summary + "/text",
        new JsonObject().put("markdown", markdown).put("baseVersion", 1));
  }

  private static String link(String round, String signal) {
    return "[the radar](/radar?round=" + round + "&signal=" + signal + ")";
  }

  @Test
  @DisplayName("Cited once the round is closed, the text states the medians and the raters; an open round is a 409,"
      + " a signal rated by two a 422, an unknown round a 422, a malformed address a 400; the summary keeps its"
      + " version each time")
  void citesClosedRoundsOnly() {
    String suffix = UUID.randomUUID().toString().substring(0, 6);
    String rated = signal("Deepfakes of ministers " + suffix);
    String sparse = signal("Quantum-safe migration " + suffix);
    String round = round("Citation round " + suffix);
    for (String rater : List.of("delegate-fra", "delegate-bra", "delegate-est")) {
      rate(rater, round, rated, 4, 3);
    }
    rate("delegate-fra", round, sparse, 2, 2);
    rate("delegate-bra", round, sparse, 2, 2);
    String summary = summary();

    Response open = cite(summary, "Delegations ranked it high: " + link(round, rated) + ".");
    open.expectProblem(409);
    assertEquals("/problems/radar-round-open", open.json().getString("type"));

    api.as("secretariat").post("/radar/rounds/" + round + "/close").expect(200);
    Response sparseCited = cite(summary, link(round, sparse));
    sparseCited.expectProblem(422);
    assertEquals("/problems/radar-figures-not-shown", sparseCited.json().getString("type"));
    Response unknown = cite(summary, link(UUID.randomUUID().toString(), rated));
    unknown.expectProblem(422);
    assertEquals("/problems/unknown-radar-round", unknown.json().getString("type"));
    Response malformed = cite(summary, "[x](/radar?round=nonsense)");
    malformed.expectProblem(400);
    assertEquals("/problems/radar-citation-address", malformed.json().getString("type"));
    assertEquals(1, api.as("moderator").get("/summaries/" + summary).expect(200).json().getInteger("version"));

    JsonObject cited = cite(summary, "Delegations ranked it high: " + link(round, rated) + ".").expect(200).json();
    String markdown = cited.getString("markdown");
    assertTrue(markdown.contains("[Deepfakes of ministers " + suffix + ": likelihood 4, impact 3, median of 3"
        + " organizations, round 'Citation round " + suffix + "'](/radar?round=" + round + "&signal=" + rated + ")"),
        markdown);
    String body = cited.getString("bodyHtml");
    assertTrue(body.contains("href=\"/radar?round&#61;" + round + "&amp;signal&#61;" + rated + "\"")
        && body.contains("likelihood 4, impact 3, median of 3 organizations"), "a link to the radar: " + body);
    String html = api.as("moderator").get("/summaries/" + summary + "/export?format=html").expect(200).body();
    assertTrue(html.contains("likelihood 4, impact 3"), "the export carries the figures: " + html);
  }
}
