package org.plenary.server.drafts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.plenary.testing.Drafting;
import org.plenary.testing.Api;
import org.plenary.testing.PlenaryTest;
import org.plenary.testing.TestServer;

@PlenaryTest
@DisplayName("The author of an amendment, and only they, is told when a version incorporates it or it is not retained")
class AmendmentNotificationsTest {

  private final Api api = TestServer.api();
  private final Drafting drafting = new Drafting(api);

  @Test
  @DisplayName("Under the Chatham House Rule, Brazil's delegate proposes an amendment to §1 and France's delegate one to "
      + "§2; the moderator's Rev.1 incorporates Brazil's, then marks France's not retained: each author is told of their "
      + "own, with nothing naming who proposed or decided, and nobody else is told")
  void authorsAreTold() throws InterruptedException {
    api.as("member-fra").get("/me").expect(200);
    String thread = drafting.openDraft(new JsonObject().put("chathamHouse", true));
    JsonObject zero = drafting.publish(thread, new JsonArray()
        .add(new JsonObject().put("text", "States should cooperate."))
        .add(new JsonObject().put("text", "States should share information.")));
    String first = Drafting.paragraph(zero, 1);
    String second = Drafting.paragraph(zero, 2);
    long brazil = drafting.amend("delegate-bra", thread, first, "States should cooperate and build capacity.");
    long france = drafting.amend("delegate-fra", thread, second, "States should share threat information.");

    api.as("moderator").post("/drafts/" + thread + "/versions", new JsonObject().put("paragraphs", new JsonArray()
        .add(new JsonObject().put("id", first).put("text", "States should cooperate and build capacity together.")
            .put("incorporates", new JsonArray().add(brazil)))
        .add(new JsonObject().put("id", second).put("text", "States should share information.")))).expect(201);
    JsonObject incorporated = awaitOne("delegate-bra", thread, "amendment-incorporated");
    assertEquals(Set.of("amendmentId", "paragraphId", "version", "status", "incorporation"),
        incorporated.getJsonObject("details").fieldNames(), "nothing names who proposed or decided");
    assertEquals(brazil, incorporated.getJsonObject("details").getLong("amendmentId"));
    assertEquals(1, incorporated.getJsonObject("details").getInteger("version"));
    assertEquals("named", incorporated.getJsonObject("details").getString("incorporation"));
    assertEquals("draft.amendment-decided", incorporated.getString("type"));

    api.as("moderator").post("/drafts/" + thread + "/amendments/" + france + "/not-retained").expect(200);
    JsonObject notRetained = awaitOne("delegate-fra", thread, "amendment-not-retained");
    assertEquals(france, notRetained.getJsonObject("details").getLong("amendmentId"));
    assertEquals(second, notRetained.getJsonObject("details").getString("paragraphId"));
    assertEquals(1, notRetained.getJsonObject("details").getInteger("version"), "judged against Rev.1");

    // France's notification came after Brazil's event, so every earlier one has been routed by now.
    assertEquals(1, about("delegate-bra", thread).size(), "Brazil hears of its own amendment only");
    assertEquals(1, about("delegate-fra", thread).size(), "France hears of its own amendment only");
    assertTrue(about("member-fra", thread).isEmpty(), "not the author's colleagues");
    assertTrue(about("delegate-est", thread).isEmpty(), "nor another delegation");
    assertTrue(about("moderator", thread).isEmpty(), "nor who decided");
  }

  private JsonObject awaitOne(String persona, String thread, String reason) throws InterruptedException {
    for (int attempt = 0; attempt < 100; attempt++) {
      List<JsonObject> found = about(persona, thread).stream().filter(n -> reason.equals(n.getString("reason"))).toList();
      if (!found.isEmpty()) {
        assertEquals(1, found.size(), persona + " is told once");
        return found.get(0);
      }
      Thread.sleep(100);
    }
    throw new AssertionError("no " + reason + " notification for " + persona);
  }

  /** {@code persona}'s notifications about an amendment in {@code thread}. */
  private List<JsonObject> about(String persona, String thread) {
    return api.as(persona).get("/me/notifications?limit=100").expect(200).items().stream().map(JsonObject.class::cast)
        .filter(n -> n.getString("reason").startsWith("amendment-") && n.getJsonObject("thread") != null
            && thread.equals(n.getJsonObject("thread").getString("id")))
        .toList();
  }
}
