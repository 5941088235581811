package org.plenary.implementation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonObject;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.plenary.testing.Api;
import org.plenary.testing.Dialogue;
import org.plenary.testing.PlenaryTest;
import org.plenary.testing.Response;
import org.plenary.testing.TestServer;

@PlenaryTest
@DisplayName("A post cites a good practice as a summary cites a post: a link to its page, named as the practice is")
class PracticeCitationTest {

  private final Api api = TestServer.api();
  private final Dialogue dialogue = Dialogue.on(api);

  private String share(String persona, String title) {
    return api.as(persona).withHeader("Idempotency-Key", UUID.randomUUID().toString())
        .post("/good-practices", GoodPracticesTest.practice(title, "norm-j")).expect(201).json().getString("id");
  }

  @Test
  @DisplayName("Brazil's post citing France's practice shows its title, France and the link, to every reader")
  void postShowsTheCitation() {
    String title = "Coordinated disclosure " + UUID.randomUUID().toString().substring(0, 6);
    String practice = share("delegate-fra", title);
    String thread = dialogue.openThread("moderator", "norms");
    JsonObject post = dialogue.comment("delegate-bra", thread,
        "We follow [this practice](/practices/" + practice + ") closely.");

    String link = "<a href=\"/practices/" + practice + "\" rel=\"nofollow\">" + title + " (France)</a>";
    assertTrue(post.getString("bodyHtml").contains(link), post.getString("bodyHtml"));
    assertEquals("We follow [" + title + " (France)](/practices/" + practice + ") closely.", post.getString("bodyMarkdown"),
        "the author's text keeps the citation, named as the practice is");
    JsonObject read = Dialogue.bySeq(dialogue.posts(null, thread), post.getInteger("seq"));
    assertTrue(read.getString("bodyHtml").contains(link), "anonymous readers see the citation too");

    JsonObject preview = api.as("delegate-bra").post("/markdown/preview",
        new JsonObject().put("markdown", "See [it](/practices/" + practice + ").")).expect(200).json();
    assertTrue(preview.getString("html").contains(title + " (France)"), preview.encode());
  }

  @Test
  @DisplayName("Citing a practice that does not exist is a 422 naming the rule, in a new post and in an edit; a link"
      + " to /practices/ without an id is a 400; nothing is written")
  void unknownPracticeRefused() {
    String thread = dialogue.openThread("moderator", "norms");
    String unknown = UUID.randomUUID().toString();
    Response refused = dialogue.post("delegate-bra", thread,
        new JsonObject().put("body", "See [this](/practices/" + unknown + ")."));
    assertTrue(refused.expectProblem(422).contains(unknown));
    assertTrue(refused.json().getString("type").endsWith("unknown-practice"), refused.body());
    String malformed = dialogue.post("delegate-bra", thread,
        new JsonObject().put("body", "See [this](/practices/the-best-one).")).expectProblem(400);
    assertTrue(malformed.contains("the-best-one"), malformed);
    assertEquals(0, dialogue.posts(null, thread).size(), "neither post was written");

    JsonObject post = dialogue.comment("delegate-bra", thread, "A first text.");
    Response edit = api.as("delegate-bra").patch("/posts/" + post.getLong("id"),
        new JsonObject().put("body", "Now citing [this](/practices/" + unknown + ")."));
    edit.expectProblem(422);
    assertTrue(edit.json().getString("type").endsWith("unknown-practice"), edit.body());
    assertEquals("<p>A first text.</p>\n", Dialogue.bySeq(dialogue.posts(null, thread), post.getInteger("seq"))
        .getString("bodyHtml"), "the post is as it was");
  }
}
