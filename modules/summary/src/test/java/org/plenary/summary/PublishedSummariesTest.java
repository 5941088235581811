package org.plenary.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.plenary.testing.Api;
import org.plenary.testing.Dialogue;
import org.plenary.testing.PlenaryTest;
import org.plenary.testing.TestServer;

@PlenaryTest
@DisplayName("Published Chair's summaries are listed for every reader of their threads")
class PublishedSummariesTest {

  private static Api api;
  private static String publicSummary;
  private static String participantsSummary;
  private static String statesSummary;
  private static String draftSummary;
  private static String submittedSummary;

  @BeforeAll
  static void summaries() {
    api = TestServer.api();
    Dialogue dialogue = Dialogue.on(api);
    publicSummary = published(thread(dialogue, "public"));
    participantsSummary = published(thread(dialogue, "participants"));
    statesSummary = published(thread(dialogue, "states"));
    draftSummary = generate(thread(dialogue, "participants"));
    submittedSummary = generate(thread(dialogue, "participants"));
    api.as("moderator").post("/summaries/" + submittedSummary + "/submit").expect(200);
  }

  @Test
  @DisplayName("France's delegate lists the published summaries (200): the participants' and the States' threads, no draft, none submitted")
  void delegateOfAState() {
    Set<String> listed = ids(api.as("delegate-fra"), "/summaries");
    assertTrue(listed.containsAll(Set.of(publicSummary, participantsSummary, statesSummary)), listed.toString());
    assertFalse(listed.contains(draftSummary) || listed.contains(submittedSummary), listed.toString());
    assertEquals(listed, ids(api.as("delegate-fra"), "/summaries?status=published"));
    api.as("delegate-fra").get("/summaries?status=draft").expectProblem(403);
    String detail = api.as("delegate-fra").get("/summaries?status=submitted").expectProblem(403);
    assertTrue(detail.contains("moderators, the Chair and the Secretariat"), detail);
  }

  @Test
  @DisplayName("Civil society lists the summary of a participants' thread but not of a States-only thread it may not read")
  void stakeholder() {
    Set<String> listed = ids(api.as("cs-opennet"), "/summaries");
    assertTrue(listed.containsAll(Set.of(publicSummary, participantsSummary)), listed.toString());
    assertFalse(listed.contains(statesSummary), "a States-only thread's summary is not for civil society");
    assertFalse(listed.contains(draftSummary));
    String detail = api.as("cs-opennet").get("/summaries/" + statesSummary).expectProblem(404);
    assertEquals("There is no summary " + statesSummary + ", or it is not open to you.", detail,
        "the summary of a thread civil society may not know of is unknown, not a thread's 404");
  }

  @Test
  @DisplayName("The public lists the Chair's summaries of public threads only")
  void publicReader() {
    Set<String> listed = ids(api.anonymous(), "/summaries");
    assertTrue(listed.contains(publicSummary), listed.toString());
    assertFalse(listed.contains(participantsSummary) || listed.contains(statesSummary) || listed.contains(draftSummary));
    api.anonymous().get("/summaries?status=draft").expectProblem(403);
  }

  @Test
  @DisplayName("The Chair's inbox is still the default for the Chair, and drafts are listed for moderators")
  void staff() {
    assertTrue(ids(api.as("chair"), "/summaries").contains(submittedSummary));
    assertFalse(ids(api.as("chair"), "/summaries").contains(publicSummary));
    assertTrue(ids(api.as("moderator"), "/summaries?status=draft").contains(draftSummary));
    assertTrue(ids(api.as("secretariat"), "/summaries?status=published").contains(statesSummary));
  }

  @Test
  @DisplayName("Paging one summary at a time gives civil society each summary it may read once, and nothing else")
  void pagesOfOne() {
    Set<String> all = ids(api.as("cs-opennet"), "/summaries");
    List<String> paged = new ArrayList<>();
    String cursor = null;
    int pages = 0;
    do {
      JsonObject page = api.as("cs-opennet").get("/summaries?limit=1" + (cursor == null ? "" : "&cursor=" + cursor))
          .expect(200).json();
      JsonArray items = page.getJsonArray("items");
      assertTrue(items.size() <= 1, items.encode());
      items.forEach(s -> paged.add(((JsonObject) s).getString("id")));
      cursor = page.getString("next");
      assertTrue(++pages < 1000, "paging ends");
    } while (cursor != null);
    assertEquals(all, new HashSet<>(paged));
    assertEquals(all.size(), paged.size(), "no summary twice");
    api.as("cs-opennet").get("/summaries?cursor=WyJub3QgYSBkYXRlIiwieCJd").expectProblem(400);
  }

  /** Every summary the reader lists, following every page. */
  private static Set<String> ids(Api as, String path) {
    Set<String> ids = new HashSet<>();
    String cursor = null;
    do {
      String separator = path.contains("?") ? "&" : "?";
      JsonObject page = as.get(path + separator + "limit=500" + (cursor == null ? "" : "&cursor=" + cursor)).expect(200)
          .json();
      page.getJsonArray("items").forEach(s -> ids.add(((JsonObject) s).getString("id")));
      cursor = page.getString("next");
    } while (cursor != null);
    return ids;
  }

  private static String thread(Dialogue dialogue, String audience) {
    String thread = dialogue.openThread("moderator", "norms", new JsonObject().put("audience", audience)
        .put("title", "Summaries for the " + audience + " " + System.nanoTime()));
    dialogue.position("delegate-est", thread, "Estonia supports regular exercises among Points of Contact.");
    return thread;
  }

  private static String generate(String thread) {
    return api.as("moderator").post("/threads/" + thread + "/summaries").expect(201).json().getString("id");
  }

  private static String published(String thread) {
    String id = generate(thread);
    api.as("moderator").post("/summaries/" + id + "/submit").expect(200);
    api.as("chair").post("/summaries/" + id + "/publish").expect(200);
    return id;
  }
}
