package org.plenary.drafts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.plenary.testing.Drafting;
import org.plenary.testing.Api;
import org.plenary.testing.PlenaryTest;
import org.plenary.testing.TestServer;

@PlenaryTest
@DisplayName("Consensus tracker: support across regional groups, objections, and revisions")
class ConsensusTrackerTest {

  private final Api api = TestServer.api();
  private final Drafting drafting = new Drafting(api);

  @Test
  @DisplayName("A 5-paragraph draft: five groups support §1 (agreed), RUS objects to §2 (contested); Rev.1 changes §2 and resets it, §1 carries over")
  void acceptanceStory() {
    JsonObject draft = drafting.zeroDraft(5);
    String thread = Drafting.thread(draft);
    String first = Drafting.paragraph(draft, 1);
    String second = Drafting.paragraph(draft, 2);

    drafting.stance("delegate-fra", thread, first, "support").expect(201);
    drafting.stance("delegate-est", thread, first, "support").expect(201);
    assertEquals("open", drafting.consensus(thread, first).getString("status"), "two regional groups are not enough");
    for (String persona : new String[] {"delegate-bra", "delegate-idn", "delegate-mwi"}) {
      drafting.stance(persona, thread, first, "support").expect(201);
    }
    JsonObject agreed = drafting.consensus(thread, first);
    assertEquals("agreed", agreed.getString("status"));
    assertEquals(5, agreed.getInteger("supportingGroupCount"));
    assertEquals(new JsonArray().add("BRA").add("EST").add("FRA").add("IDN").add("MWI"),
        Drafting.states(agreed.getJsonArray("support")));

    JsonObject objected = drafting.stance("delegate-rus", thread, second, "object").expect(201).json()
        .getJsonObject("consensus");
    assertEquals("contested", objected.getString("status"));
    assertEquals(new JsonArray().add("RUS"), Drafting.states(objected.getJsonArray("objections")));
    JsonObject summary = drafting.summary(thread);
    assertEquals(1, summary.getInteger("agreed"));
    assertEquals(1, summary.getInteger("contested"));
    assertEquals(3, summary.getInteger("open"));

    JsonObject rev1 = drafting.publish(thread, Drafting.revise(draft,
        Map.of(2, "Paragraph 2, as revised after the first reading.")));
    assertEquals("Rev.1", rev1.getJsonObject("version").getString("label"));
    JsonObject revisedSecond = rev1.getJsonArray("paragraphs").getJsonObject(1);
    assertEquals(second, revisedSecond.getString("id"), "the paragraph keeps its identity");
    assertEquals("revised", revisedSecond.getString("change"));
    assertEquals("open", revisedSecond.getJsonObject("consensus").getString("status"));
    assertTrue(revisedSecond.getJsonObject("consensus").getJsonArray("objections").isEmpty(), "its stances reset");
    JsonObject keptFirst = rev1.getJsonArray("paragraphs").getJsonObject(0);
    assertEquals("unchanged", keptFirst.getString("change"));
    assertEquals("agreed", keptFirst.getJsonObject("consensus").getString("status"), "its stances carry over");
    assertEquals(5, keptFirst.getJsonObject("consensus").getJsonArray("support").size());
    assertEquals(0, rev1.getJsonObject("consensus").getInteger("contested"));
  }

  @Test
  @DisplayName("A reservation does not block agreement; an objection does until it is changed")
  void reservationsAndChangedObjections() {
    JsonObject draft = drafting.zeroDraft(1);
    String thread = Drafting.thread(draft);
    String paragraph = Drafting.paragraph(draft, 1);
    for (String persona : new String[] {"delegate-fra", "delegate-bra", "delegate-mwi"}) {
      drafting.stance(persona, thread, paragraph, "support").expect(201);
    }
    drafting.stance("delegate-idn", thread, paragraph, "reserve").expect(201);
    assertEquals("agreed", drafting.consensus(thread, paragraph).getString("status"));
    drafting.stance("delegate-rus", thread, paragraph, "object").expect(201);
    assertEquals("contested", drafting.consensus(thread, paragraph).getString("status"));
    drafting.stance("delegate-rus", thread, paragraph, "reserve").expect(201);
    JsonObject tracker = drafting.consensus(thread, paragraph);
    assertEquals("agreed", tracker.getString("status"));
    assertEquals(new JsonArray().add("IDN").add("RUS"), Drafting.states(tracker.getJsonArray("reservations")));
    assertEquals(3, tracker.getInteger("requiredGroups"), "the default of PLENARY_CONSENSUS_MIN_GROUPS");
  }

  @Test
  @DisplayName("The tracker filters by status")
  void filterByStatus() {
    JsonObject draft = drafting.zeroDraft(3);
    String thread = Drafting.thread(draft);
    drafting.stance("delegate-rus", thread, Drafting.paragraph(draft, 3), "object").expect(201);
    JsonArray contested = api.get("/drafts/" + thread + "/consensus?status=contested").expect(200).json()
        .getJsonArray("paragraphs");
    assertEquals(1, contested.size());
    assertEquals(3, contested.getJsonObject(0).getInteger("number"));
    api.get("/drafts/" + thread + "/consensus?status=maybe").expectProblem(400);
  }
}
