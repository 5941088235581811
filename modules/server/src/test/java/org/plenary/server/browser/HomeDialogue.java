package org.plenary.server.browser;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.plenary.testing.Api;
import org.plenary.testing.CapacityFixtures;
import org.plenary.testing.Dialogue;
import org.plenary.testing.Drafting;
import org.plenary.testing.TestServer;

/**
 * A week of the dialogue as the home page shows it, made once per test run: a public consultation closing in two
 * days with guiding questions and positions of France and Brazil, a call for positions in which Brazil speaks on
 * behalf of France (a joint statement France must confirm), a draft on which Estonia and Russia recorded stances
 * and France none, a flagged post, a summary submitted to the Chair and one published, and two of France's needs
 * for which Contoso proposed an offer: one awaiting France's answer, one agreed.
 */
final class HomeDialogue {

  private static HomeDialogue made;

  final String consultation;
  final String consultationTitle;
  final String positionCall;
  final String positionCallTitle;
  final String draftTitle;
  /** France's need for which Contoso proposed its offer: France's answer is awaited. */
  final String needToAnswer;
  /** France's need matched with Contoso's offer this week. */
  final String needMatched;
  static final String FIRST_QUESTION = "Which capacity-building needs should the dialogue address first?";

  private HomeDialogue() {
    Api api = TestServer.api();
    Dialogue dialogue = Dialogue.on(api);
    api.as("delegate-fra").get("/me").expect(200); // France's delegate has signed in before: Plenary tells France
    long stamp = System.nanoTime();
    consultationTitle = "Consultation on capacity-building needs " + stamp;
    consultation = dialogue.openThread("moderator", "capacity-building", new JsonObject().put("kind", "consultation")
        .put("audience", "public").put("title", consultationTitle)
        .put("closesAt", Instant.now().plus(2, ChronoUnit.DAYS).plus(1, ChronoUnit.HOURS).toString())
        .put("guidingQuestions", new JsonArray().add(FIRST_QUESTION)
            .add("How should offers of assistance reach the States that asked?")));
    dialogue.position("delegate-fra", consultation, "France proposes to start with incident response capacities.");
    dialogue.position("delegate-bra", consultation, "Brazil would start with critical infrastructure protection.");
    long comment = dialogue.comment("cs-opennet", consultation, "Civil society can help map the needs.").getLong("id");
    api.as("delegate-est").post("/posts/" + comment + "/flags", new JsonObject().put("reason", "Off topic?"))
        .expect(201);

    positionCallTitle = "Call for positions on norm (f) " + stamp;
    positionCall = dialogue.openThread("moderator", "norms", new JsonObject().put("kind", "position-call")
        .put("audience", "public").put("title", positionCallTitle)
        .put("closesAt", Instant.now().plus(10, ChronoUnit.DAYS).toString()));
    dialogue.post("delegate-bra", positionCall, new JsonObject().put("kind", "position")
        .put("onBehalfOf", new JsonArray().add("BRA").add("FRA"))
        .put("body", "Brazil speaks on behalf of Brazil and France on norm (f).")).expect(201);

    Drafting drafting = new Drafting(api);
    draftTitle = "Draft elements of the annual progress report " + stamp;
    String draft = drafting.openDraft(new JsonObject().put("title", draftTitle));
    JsonObject version = drafting.publish(draft, new JsonArray()
        .add(new JsonObject().put("text", "States reaffirm the framework of responsible State behaviour."))
        .add(new JsonObject().put("text", "States welcome the global points-of-contact directory."))
        .add(new JsonObject().put("text", "States agree to a dedicated thematic group on capacity-building.")));
    drafting.stance("delegate-est", draft, Drafting.paragraph(version, 1), "support").expect(201);
    drafting.stance("delegate-rus", draft, Drafting.paragraph(version, 3), "object").expect(201);

    String submitted = api.as("moderator").post("/threads/" + consultation + "/summaries").expect(201).json().getString("id");
    api.as("moderator").post("/summaries/" + submitted + "/submit").expect(200);
    String published = api.as("moderator").post("/threads/" + positionCall + "/summaries").expect(201).json().getString("id");
    api.as("moderator").post("/summaries/" + published + "/submit").expect(200);
    api.as("chair").post("/summaries/" + published + "/publish").expect(200);
    CapacityFixtures capacity = new CapacityFixtures(api);
    int year = CapacityFixtures.yearsAhead(9);
    needToAnswer = "Incident response for France " + stamp;
    capacity.engagement("ps-contoso", capacity.need("delegate-fra", CapacityFixtures.need(year).put("title", needToAnswer)),
        capacity.offer("ps-contoso", CapacityFixtures.offer(year)));
    needMatched = "Critical infrastructure exercises for France " + stamp;
    String matched = capacity.engagement("ps-contoso",
        capacity.need("delegate-fra", CapacityFixtures.need(year).put("title", needMatched)),
        capacity.offer("ps-contoso", CapacityFixtures.offer(year)));
    capacity.step("delegate-fra", matched, "accept", new JsonObject()).expect(200);
    awaitJointStatementNotice(api);
  }

  static synchronized HomeDialogue made() {
    if (made == null) {
      made = new HomeDialogue();
    }
    return made;
  }

  /** Notifications are made after commit, from the event: wait until France's has arrived. */
  private void awaitJointStatementNotice(Api api) {
    Instant until = Instant.now().plus(Duration.ofSeconds(10));
    while (Instant.now().isBefore(until)) {
      JsonArray items = api.as("delegate-fra").get("/me/notifications?unread=true&limit=50").expect(200).items();
      boolean arrived = items.stream().map(JsonObject.class::cast)
          .anyMatch(n -> "joint-statement-requested".equals(n.getString("reason"))
              && n.getJsonObject("thread", new JsonObject()).getString("id", "").equals(positionCall));
      if (arrived) {
        return;
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
    throw new AssertionError("France was never told of the joint statement naming it");
  }
}
