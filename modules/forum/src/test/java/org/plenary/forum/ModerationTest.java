package org.plenary.forum;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
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
@DisplayName("Moderation: flags, the queue, hiding with a reason, all in the audit log")
class ModerationTest {

  private final Api api = TestServer.api();
  private final Dialogue dialogue = Dialogue.on(api);

  @Test
  @DisplayName("A flagged post is hidden with a reason; readers see the reason, the audit log who, what, when, why")
  void hideWithReason() {
    String thread = dialogue.openThread("delegate-fra", "norms");
    long post = dialogue.comment("ps-contoso", thread, "Buy our firewall today!").getLong("id");
    long flag = api.as("delegate-mwi").post("/posts/" + post + "/flags", new JsonObject().put("reason", "Advertising"))
        .expect(201).json().getLong("id");
    api.as("delegate-mwi").post("/posts/" + post + "/flags", new JsonObject().put("reason", "Again")).expectProblem(409);

    api.as("delegate-fra").get("/moderation/flags").expectProblem(403);
    JsonArray queue = api.as("moderator").get("/moderation/flags?limit=500").expect(200).items();
    assertTrue(queue.stream().anyMatch(f -> ((JsonObject) f).getLong("id") == flag));

    api.as("delegate-fra").post("/posts/" + post + "/hide", new JsonObject().put("reason", "Not allowed")).expectProblem(403);
    api.as("moderator").post("/posts/" + post + "/hide", new JsonObject().put("reason", "Commercial advertising"))
        .expect(200);

    JsonObject seen = api.as("delegate-est").get("/posts/" + post).expect(200).json();
    assertEquals("Commercial advertising", seen.getJsonObject("hidden").getString("reason"));
    assertFalse(seen.containsKey("bodyHtml"), "readers do not get the hidden text");
    assertTrue(api.as("moderator").get("/posts/" + post).json().containsKey("bodyHtml"), "moderators still do");

    JsonObject entry = api.as("secretariat").get("/audit?action=post.hidden&subjectId=" + post).expect(200).items()
        .getJsonObject(0);
    assertEquals("moderator", entry.getJsonObject("actor").getString("username"), "who");
    assertEquals("post.hidden", entry.getString("action"), "what");
    assertNotNull(entry.getString("at"), "when");
    assertEquals("Commercial advertising", entry.getString("reason"), "why");
    assertFalse(api.as("moderator").get("/moderation/flags?limit=500").body().contains("\"id\":" + flag + ","),
        "hiding resolves the flag");
  }

  @Test
  @DisplayName("A hidden post is restored, and a flag can be dismissed; both audited")
  void restoreAndDismiss() {
    String thread = dialogue.openThread("delegate-fra", "norms");
    long post = dialogue.comment("cs-opennet", thread, "A sharp but fair remark.").getLong("id");
    api.as("moderator").post("/posts/" + post + "/hide", new JsonObject().put("reason", "Checking")).expect(200);
    assertFalse(api.as("moderator").post("/posts/" + post + "/restore", new JsonObject().put("reason", "It was fair"))
        .expect(200).json().containsKey("hidden"));
    long flag = api.as("delegate-rus").post("/posts/" + post + "/flags", new JsonObject().put("reason", "I disagree"))
        .expect(201).json().getLong("id");
    api.as("moderator").post("/moderation/flags/" + flag + "/dismiss", new JsonObject().put("reason", "Disagreement is fine"))
        .expect(204);
    JsonArray audit = api.as("moderator").get("/audit?limit=20").expect(200).items();
    assertTrue(audit.encode().contains("post.restored"));
    assertTrue(audit.encode().contains("flag.dismissed"));
  }

  @Test
  @DisplayName("Markdown with script, event handler and javascript: link renders with none of them active")
  void unsafeMarkdown() {
    String thread = dialogue.openThread("delegate-fra", "norms");
    String html = dialogue.comment("delegate-fra", thread,
        "<script>alert(1)</script> <img src=x onerror=alert(1)> [x](javascript:alert(1)) [y](javascript:void)")
        .getString("bodyHtml");
    assertFalse(html.contains("<script"), html);
    assertFalse(html.contains("<img"), html);
    assertFalse(html.contains("href=\"javascript"), html);
  }
}
