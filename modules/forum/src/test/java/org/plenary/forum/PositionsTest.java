package org.plenary.forum;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.plenary.testing.Api;
import org.plenary.testing.Dialogue;
import org.plenary.testing.PlenaryTest;
import org.plenary.testing.TestServer;

@PlenaryTest
@DisplayName("Official positions speak for States and organizations")
class PositionsTest {

  private final Api api = TestServer.api();
  private final Dialogue dialogue = Dialogue.on(api);

  @Test
  @DisplayName("delegate-fra opens a discussion in norms and posts a position; member-fra may comment but not post one")
  void delegateAndMember() {
    String thread = dialogue.openThread("delegate-fra", "norms", new JsonObject().put("tags", new JsonArray().add("norm-f")));
    JsonObject position = dialogue.position("delegate-fra", thread, "France considers that norm (f) applies.");
    assertEquals("France", position.getJsonObject("speaksFor").getString("name"), "it speaks for France");
    assertTrue(position.getBoolean("official"));

    String detail = dialogue.post("member-fra", thread, new JsonObject().put("kind", "position")).expectProblem(403);
    assertTrue(detail.contains("only its delegate may post"), detail);
    JsonObject comment = dialogue.comment("member-fra", thread, "A comment from the delegation.");
    assertEquals("comment", comment.getString("kind"));
  }

  @Test
  @DisplayName("Estonia aligns with the EU's statement: the alignment shows on both statements")
  void alignmentBothWays() {
    String thread = dialogue.openThread("delegate-eu", "norms");
    long eu = dialogue.position("delegate-eu", thread, "Statement of the European Union.").getLong("id");
    dialogue.post("delegate-est", thread, new JsonObject().put("kind", "position").put("alignsWith", eu)
        .put("body", "Estonia aligns itself with the statement of the European Union.")).expect(201);

    JsonArray posts = dialogue.posts("delegate-bra", thread);
    JsonObject euStatement = Dialogue.bySeq(posts, 1);
    JsonObject estonia = Dialogue.bySeq(posts, 2);
    assertEquals("EU", estonia.getJsonObject("alignsWith").getJsonObject("speaksFor").getString("id"));
    assertEquals("EST", euStatement.getJsonArray("alignedBy").getJsonObject(0).getJsonObject("speaksFor").getString("id"));
  }

  @Test
  @DisplayName("A joint statement on behalf of several States lists them: Brazil confirmed by delivering it, the others pending")
  void onBehalfOf() {
    String thread = dialogue.openThread("delegate-bra", "capacity-building");
    JsonObject joint = dialogue.post("delegate-bra", thread, new JsonObject().put("kind", "position")
        .put("onBehalfOf", new JsonArray().add("ARG").add("CHL").add("MEX").add("BRA"))
        .put("body", "Joint statement.")).expect(201).json();
    assertEquals(4, joint.getJsonArray("onBehalfOf").size());
    assertTrue(joint.getJsonArray("onBehalfOf").encode().contains("Mexico"));
    joint.getJsonArray("onBehalfOf").stream().map(JsonObject.class::cast).forEach(state -> assertEquals(
        "BRA".equals(state.getString("id")) ? "confirmed" : "pending", state.getString("consent"), state.encode()));

    String detail = dialogue.post("delegate-bra", thread, new JsonObject().put("kind", "position")
        .put("onBehalfOf", new JsonArray().add("OAS"))).expectProblem(400);
    assertTrue(detail.contains("not States"), detail);
  }

  @Test
  @DisplayName("The EU speaks on behalf of its members only; a State named in a joint statement can take its name off")
  void speakingForOthers() {
    String thread = dialogue.openThread("delegate-eu", "norms");
    String detail = dialogue.post("delegate-eu", thread, new JsonObject().put("kind", "position")
        .put("onBehalfOf", new JsonArray().add("EST").add("RUS"))).expectProblem(403);
    assertTrue(detail.contains("RUS") && detail.contains("member"), detail);
    dialogue.post("delegate-eu", thread, new JsonObject().put("kind", "position")
        .put("onBehalfOf", new JsonArray().add("EST").add("FRA"))).expect(201);

    long joint = dialogue.post("delegate-bra", thread, new JsonObject().put("kind", "position")
        .put("onBehalfOf", new JsonArray().add("BRA").add("IDN").add("MWI"))).expect(201).json().getLong("id");
    api.as("delegate-fra").delete("/posts/" + joint + "/on-behalf-of/IDN").expectProblem(403);
    api.as("delegate-idn").post("/posts/" + joint + "/on-behalf-of/IDN/confirm").expect(200);
    JsonObject after = api.as("delegate-idn").delete("/posts/" + joint + "/on-behalf-of/IDN").expect(200).json();
    assertFalse(after.getJsonArray("onBehalfOf").encode().contains("Indonesia"));
    api.as("delegate-idn").delete("/posts/" + joint + "/on-behalf-of/IDN").expectProblem(409);
    assertEquals("post.joint-statement-left", api.as("secretariat").get("/audit?subjectType=post&subjectId=" + joint)
        .expect(200).items().getJsonObject(0).getString("action"));
  }

  @Test
  @DisplayName("A new position supersedes the old, which stays in the record; withdrawal keeps it, marked")
  void supersedeAndWithdraw() {
    String thread = dialogue.openThread("delegate-idn", "international-law");
    long first = dialogue.position("delegate-idn", thread, "First statement.").getLong("id");
    long second = dialogue.position("delegate-idn", thread, "Updated statement.").getLong("id");
    JsonObject old = api.get("/posts/" + first).expect(200).json();
    assertEquals("superseded", old.getString("status"));
    assertEquals(second, old.getLong("supersededBy"));

    api.as("member-fra").post("/posts/" + second + "/withdraw").expectProblem(403);
    JsonObject withdrawn = api.as("delegate-idn").post("/posts/" + second + "/withdraw").expect(200).json();
    assertEquals("withdrawn", withdrawn.getString("status"));
    assertTrue(withdrawn.containsKey("withdrawnAt"));
    assertEquals(2, dialogue.posts(null, thread).size(), "nothing is deleted");
  }

  @Test
  @DisplayName("A right of reply is a State delegate's answer to another's position")
  void rightOfReply() {
    String thread = dialogue.openThread("delegate-fra", "horizon-scanning");
    long french = dialogue.position("delegate-fra", thread, "France notes incidents attributed to a State.").getLong("id");
    long comment = dialogue.comment("cs-opennet", thread, "A civil society view.").getLong("id");
    JsonObject reply = dialogue.post("delegate-rus", thread, new JsonObject().put("kind", "right-of-reply")
        .put("parentId", french).put("body", "The Russian Federation rejects these allegations.")).expect(201).json();
    assertEquals(french, reply.getLong("parentId"));
    assertEquals(1, api.get("/posts/" + french).json().getInteger("replyCount"));

    dialogue.post("delegate-eu", thread, new JsonObject().put("kind", "right-of-reply").put("parentId", french))
        .expectProblem(403);
    dialogue.post("delegate-rus", thread, new JsonObject().put("kind", "right-of-reply").put("parentId", comment))
        .expectProblem(400);
  }

  @Test
  @DisplayName("Alignment and onBehalfOf belong to positions; alignment with one's own statement is refused")
  void positionOnlyFields() {
    String thread = dialogue.openThread("delegate-fra", "norms");
    long french = dialogue.position("delegate-fra", thread, "France.").getLong("id");
    dialogue.post("cs-opennet", thread, new JsonObject().put("alignsWith", french)).expectProblem(400);
    dialogue.post("delegate-fra", thread, new JsonObject().put("kind", "position").put("alignsWith", french))
        .expectProblem(400);
  }

  @Test
  @DisplayName("Edits keep every version readable")
  void versions() {
    String thread = dialogue.openThread("delegate-fra", "norms");
    long id = dialogue.comment("delegate-mwi", thread, "First wording.").getLong("id");
    api.as("delegate-fra").patch("/posts/" + id, new JsonObject().put("body", "Not mine.")).expectProblem(403);
    JsonObject edited = api.as("delegate-mwi").patch("/posts/" + id, new JsonObject().put("body", "Second wording."))
        .expect(200).json();
    assertEquals(2, edited.getInteger("version"));
    JsonArray versions = api.get("/posts/" + id + "/versions").expect(200).items();
    assertEquals(2, versions.size());
    assertTrue(versions.getJsonObject(0).getString("bodyHtml").contains("First wording"));
    assertTrue(versions.getJsonObject(1).getString("bodyHtml").contains("Second wording"));
    assertFalse(api.get("/posts/" + id).json().containsKey("bodyMarkdown"), "the source goes to its author only");
  }

  @Test
  @DisplayName("A thread's current positions are listed whole, past the first page of 50 posts: superseded and withdrawn ones left out")
  void currentPositionsOfALongThread() {
    String thread = dialogue.openThread("delegate-eu", "norms");
    long eu = dialogue.position("delegate-eu", thread, "Statement of the European Union.").getLong("id");
    dialogue.position("delegate-fra", thread, "France's first statement."); // superseded below
    for (int i = 0; i < 50; i++) {
      dialogue.comment("cs-opennet", thread, "Comment " + i + ".");
    }
    long french = dialogue.position("delegate-fra", thread, "France's second statement.").getLong("id");
    long brazil = dialogue.position("delegate-bra", thread, "Brazil's statement.").getLong("id");
    api.as("delegate-bra").post("/posts/" + brazil + "/withdraw").expect(200);
    long estonia = dialogue.position("delegate-est", thread, "Estonia's statement.").getLong("id");

    JsonArray positions = api.get("/threads/" + thread + "/positions").expect(200).items();
    assertEquals(java.util.List.of(eu, french, estonia),
        positions.stream().map(p -> ((JsonObject) p).getLong("id")).toList(), positions.encodePrettily());
    api.get("/threads/00000000-0000-0000-0000-000000000000/positions").expectProblem(404);
  }
}
