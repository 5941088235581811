package org.plenary.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.sql.DriverManager;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.plenary.platform.database.DatabaseLocation;
import org.plenary.testing.Drafting;
import org.plenary.testing.Api;
import org.plenary.testing.Dialogue;
import org.plenary.testing.PlenaryTest;
import org.plenary.testing.Response;
import org.plenary.testing.TestServer;

/**
 * Every create, its answer lost after its commit: the test keeps what the write recorded under its key and
 * forgets the stored answer, as when the connection dropped before the answer was kept. The retry with the
 * key is then answered by the create's own retry answer, from what its transaction recorded.
 */
@PlenaryTest
@DisplayName("Every create whose answer was lost answers its retry with the resource it made, not a second one")
class RetryAnswersTest {

  private final Api api = TestServer.api();

  @Test
  @DisplayName("Topics, threads, posts, flags, applications, objections, needs, offers, engagements, drafts, proposals, stances, comments, amendments, summaries")
  void everyCreate() throws Exception {
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    JsonObject topic = retried("secretariat", "/topics", new JsonObject().put("id", "topic-" + suffix)
        .put("title", "Topic " + suffix).put("description", "A topic for retries."), json -> json.getString("id"));
    String thread = retried("delegate-fra", "/topics/" + topic.getString("id") + "/threads",
        new JsonObject().put("title", "Thread " + suffix).put("audience", "public"), json -> json.getString("id"))
        .getString("id");
    long post = retried("delegate-fra", "/threads/" + thread + "/posts",
        new JsonObject().put("body", "A post " + suffix).put("language", "en"), json -> json.getLong("id")).getLong("id");
    retried("delegate-est", "/posts/" + post + "/flags", new JsonObject().put("reason", "Off topic."),
        json -> json.getLong("id"));

    String organization = "org-" + suffix;
    String application = retried("secretariat", "/accreditations", new JsonObject().put("organizationId", organization)
        .put("name", "Organization " + suffix).put("kind", "academia").put("country", "KEN")
        .put("website", "https://example.org/" + suffix).put("purpose", "Research on norms of responsible State behaviour.")
        .put("ecosocStatus", false), json -> json.getString("id")).getString("id");
    retried("delegate-rus", "/accreditations/" + application + "/objections", new JsonObject(),
        json -> json.getString("id") + " " + json.getJsonArray("objections").size());

    int year = Year.now(ZoneOffset.UTC).getValue() + 9;
    JsonObject period = new JsonObject().put("startsOn", year + "-01-01").put("endsOn", year + "-12-31");
    String need = retried("delegate-mwi", "/capacity/needs", new JsonObject().put("title", "Need " + suffix)
        .put("description", "A national cybercrime law.").put("areas", new JsonArray().add("cybercrime-legislation"))
        .put("languages", new JsonArray().add("en")).put("modalities", new JsonArray().add("remote")).mergeIn(period),
        json -> json.getString("id")).getString("id");
    String offer = retried("ps-contoso", "/capacity/offers", new JsonObject().put("title", "Offer " + suffix)
        .put("description", "Drafting support for cybercrime laws.").put("areas", new JsonArray().add("cybercrime-legislation"))
        .put("languages", new JsonArray().add("en")).put("modalities", new JsonArray().add("remote")).put("capacity", 1)
        .mergeIn(period), json -> json.getString("id")).getString("id");
    retried("delegate-mwi", "/capacity/engagements", new JsonObject().put("needId", need).put("offerId", offer),
        json -> json.getString("id"));

    String draft = new Drafting(api).openDraft(new JsonObject());
    JsonObject version = retried("moderator", "/drafts/" + draft + "/versions", new JsonObject().put("paragraphs",
        new JsonArray().add(new JsonObject().put("text", "States should cooperate."))),
        json -> json.getJsonObject("version").getInteger("number"));
    String paragraph = version.getJsonArray("paragraphs").getJsonObject(0).getString("id");
    retried("delegate-fra", "/threads/" + draft + "/proposals", new JsonObject().put("title", "A proposal " + suffix)
        .put("text", "Decides to cooperate."), json -> json.getString("id"));
    retried("delegate-fra", "/drafts/" + draft + "/paragraphs/" + paragraph + "/stances",
        new JsonObject().put("stance", "support"), json -> json.getJsonArray("recordedFor"));
    retried("cs-opennet", "/drafts/" + draft + "/paragraphs/" + paragraph + "/comments",
        new JsonObject().put("body", "We agree."), json -> json.getLong("id"));
    retried("cs-opennet", "/drafts/" + draft + "/paragraphs/" + paragraph + "/amendments",
        new JsonObject().put("text", "States should cooperate closely."), json -> json.getLong("id"));

    Dialogue.on(api).comment("delegate-est", thread, "Estonia agrees.");
    retried("moderator", "/threads/" + thread + "/summaries", null, json -> json.getString("id"));
  }

  @Test
  @DisplayName("A revision's retry answers the very body of its first answer, with the decisions it took on amendments")
  void aRevisionsRetryKeepsItsDecisions() throws Exception {
    Drafting drafting = new Drafting(api);
    JsonObject zero = drafting.zeroDraft(2);
    String draft = Drafting.thread(zero);
    String first = Drafting.paragraph(zero, 1);
    String second = Drafting.paragraph(zero, 2);
    long adopted = drafting.amend("delegate-bra", draft, first, "Paragraph 1, with capacity-building.");
    long dropped = drafting.amend("delegate-rus", draft, second, "Paragraph 2 is deleted.");
    JsonObject rev1 = new JsonObject().put("notRetained", new JsonArray().add(dropped)).put("paragraphs", new JsonArray()
        .add(new JsonObject().put("id", first).put("text", "Paragraph 1, with capacity-building for all.")
            .put("incorporates", new JsonArray().add(adopted)))
        .add(new JsonObject().put("id", second).put("text", "Paragraph 2 of the zero draft.")));

    String key = UUID.randomUUID().toString();
    Api moderator = api.as("moderator").withHeader("Idempotency-Key", key);
    Response answer = moderator.post("/drafts/" + draft + "/versions", rev1).expect(201);
    forgetTheAnswer(key);
    Response retry = moderator.post("/drafts/" + draft + "/versions", rev1).expect(201);
    assertEquals("true", retry.header("Idempotent-Replayed"));
    assertEquals(adopted, answer.json().getJsonObject("amendmentDecisions").getJsonArray("incorporated")
        .getJsonObject(0).getLong("id"), "the first answer has the decisions");
    assertEquals(dropped, answer.json().getJsonObject("amendmentDecisions").getJsonArray("notRetained")
        .getJsonObject(0).getLong("id"));
    assertEquals(answer.json(), retry.json());
  }

  @Test
  @DisplayName("A reporting cycle, and a report's needs made a capacity-building need")
  void nationalReports() throws Exception {
    String cycle = "r-" + UUID.randomUUID().toString().substring(0, 8);
    retried("secretariat", "/reporting-cycles", new JsonObject().put("id", cycle).put("title", "Cycle " + cycle)
        .put("cutOff", "2026-12-31"), json -> json.getString("id"));
    api.as("delegate-mwi").put("/reporting-cycles/" + cycle + "/reports/MWI/draft", new JsonObject()
        .put("baseVersion", 0).put("language", "en").put("answers", new JsonObject().put("norms", new JsonObject()
            .put("norm-g", new JsonObject().put("needs", "Training for our national CERT."))))).expect(200);
    retried("delegate-mwi", "/reporting-cycles/" + cycle + "/reports/MWI/needs", new JsonObject().put("norm", "norm-g"),
        json -> json.getString("needId"));
  }

  @Test
  @DisplayName("A good practice shared")
  void goodPractice() throws Exception {
    retried("delegate-mwi", "/good-practices", new JsonObject().put("title", "Retried practice")
        .put("what", "A register of operators.").put("language", "en")
        .put("norms", new io.vertx.core.json.JsonArray().add("norm-g")), json -> json.getString("id"));
  }

  /**
   * Creates once with a key, forgets the stored answer, retries: the same resource, and the first's address.
   * A {@code null} body: the operation takes none.
   */
  private JsonObject retried(String persona, String path, JsonObject body, Function<JsonObject, Object> identity)
      throws Exception {
    String key = UUID.randomUUID().toString();
    Api caller = api.as(persona).withHeader("Idempotency-Key", key);
    Response first = (body == null ? caller.post(path) : caller.post(path, body)).expect(201);
    forgetTheAnswer(key);
    Response retry = (body == null ? caller.post(path) : caller.post(path, body)).expect(201);
    assertEquals("true", retry.header("Idempotent-Replayed"), path);
    assertEquals(first.header("Location"), retry.header("Location"), path);
    assertEquals(identity.apply(first.json()), identity.apply(retry.json()), path + ": " + retry.body());
    return retry.json();
  }

  private static void forgetTheAnswer(String key) throws Exception {
    DatabaseLocation database = DatabaseLocation.fromUrl(TestServer.running().database().url());
    try (var conn = DriverManager.getConnection(database.jdbcUrl(), database.user(), database.password());
         var forget = conn.prepareStatement("UPDATE idempotent_request SET status = NULL, location = NULL, body = NULL"
             + " WHERE key = ? AND made <> '[]'")) {
      forget.setString(1, key);
      assertEquals(1, forget.executeUpdate(), "the write recorded what it made under its key");
    }
  }
}
