package org.plenary.implementation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonObject;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.plenary.testing.Api;
import org.plenary.testing.People;
import org.plenary.testing.PlenaryTest;
import org.plenary.testing.Response;
import org.plenary.testing.TestServer;

@PlenaryTest
@DisplayName("Bad input on national reports: each a clear problem, and nothing lost")
class NationalReportRefusalsTest {

  private final Api api = TestServer.api();
  private final ReportFixtures fixtures = new ReportFixtures(api);

  private static String type(Response response) {
    return response.json().getString("type");
  }

  @Test
  @DisplayName("A delegate of another State editing France's report: 403 naming the rule; France's text unchanged")
  void anotherStatesDelegate() {
    String cycle = fixtures.cycle();
    fixtures.save(api.as("delegate-fra"), cycle, "FRA", 0, ReportFixtures.answers("c")).expect(200);
    Response refused = fixtures.save(api.as("delegate-bra"), cycle, "FRA", 1, ReportFixtures.answers("a"));
    String detail = refused.expectProblem(403);
    assertEquals("/problems/own-state-delegates-only", type(refused));
    assertTrue(detail.contains("BRA") && detail.contains("FRA"), detail);
    assertEquals("/problems/own-state-only", type(api.as("delegate-bra")
        .get(ReportFixtures.report(cycle, "FRA") + "/draft").expect(403)));
    fixtures.submit(api.as("delegate-bra"), cycle, "FRA").expectProblem(403);
    JsonObject draft = api.as("delegate-fra").get(ReportFixtures.report(cycle, "FRA") + "/draft").expect(200).json();
    assertEquals(1, draft.getInteger("latestVersion"));
    assertTrue(draft.getJsonObject("latest").getJsonObject("answers").getJsonObject("norms").containsKey("norm-c"));
  }

  @Test
  @DisplayName("A member submitting, saving or publishing France's report: 403; the report stays a draft")
  void memberSubmits() {
    String cycle = fixtures.cycle();
    fixtures.save(api.as("delegate-fra"), cycle, "FRA", 0, ReportFixtures.answers("c")).expect(200);
    Api member = api.as("member-fra");
    Response refused = fixtures.submit(member, cycle, "FRA");
    String detail = refused.expectProblem(403);
    assertEquals("/problems/delegates-only", type(refused));
    assertTrue(detail.contains("member"), detail);
    fixtures.save(member, cycle, "FRA", 1, ReportFixtures.answers("d")).expectProblem(403);
    fixtures.publish(member, cycle, "FRA", "public").expectProblem(403);
    assertEquals("draft", api.as("delegate-fra").get(ReportFixtures.report(cycle, "FRA") + "/draft").expect(200)
        .json().getString("status"));
  }

  @Test
  @DisplayName("A stakeholder, the EU or the Secretariat writing a national report: 403, States report")
  void stakeholderWrites() {
    String cycle = fixtures.cycle();
    Response refused = fixtures.save(api.as("cs-opennet"), cycle, "FRA", 0, ReportFixtures.answers("c"));
    refused.expectProblem(403);
    assertEquals("/problems/states-report-only", type(refused));
    fixtures.save(api.as("delegate-eu"), cycle, "FRA", 0, ReportFixtures.answers("c")).expectProblem(403);
    fixtures.save(api.as("secretariat"), cycle, "FRA", 0, ReportFixtures.answers("c")).expectProblem(403);
    api.anonymous().put(ReportFixtures.report(cycle, "FRA") + "/draft", ReportFixtures.save(0, "en",
        ReportFixtures.answers("c"))).expectProblem(401);
    assertEquals(0, api.as("delegate-fra").get(ReportFixtures.report(cycle, "FRA") + "/draft").expect(200).json()
        .getInteger("latestVersion"), "nothing written");
  }

  @Test
  @DisplayName("Publishing a report with no answer at all: 422; not started, or blank answers only")
  void publishEmpty() {
    String cycle = fixtures.cycle();
    Api fra = api.as("delegate-fra");
    Response notStarted = fixtures.publish(fra, cycle, "FRA", "public");
    notStarted.expectProblem(422);
    assertEquals("/problems/report-empty", type(notStarted));
    JsonObject blank = new JsonObject().put("norms", new JsonObject().put("norm-a",
        new JsonObject().put("understanding", "   "))).put("concepts", "");
    JsonObject saved = fixtures.save(fra, cycle, "FRA", 0, blank).expect(200).json();
    assertEquals(0, saved.getJsonObject("latest").getInteger("answerCount"), "a blank answer is no answer");
    fixtures.submit(fra, cycle, "FRA").expect(200);
    String detail = fixtures.publish(fra, cycle, "FRA", "public").expectProblem(422);
    assertTrue(detail.contains("no question"), detail);
    api.anonymous().get(ReportFixtures.report(cycle, "FRA")).expectProblem(404);
    // Answered but not submitted: 409, submit first.
    fixtures.save(fra, cycle, "FRA", 1, ReportFixtures.answers("b")).expect(200);
    String unsubmitted = fixtures.publish(fra, cycle, "FRA", "public").expectProblem(409);
    assertTrue(unsubmitted.contains("submit"), unsubmitted);
  }

  @Test
  @DisplayName("A stale save: 409 with the newer version in the problem; nothing of the stale text is saved")
  void staleSave() throws Exception {
    String cycle = fixtures.cycle();
    Api first = api.as("delegate-fra");
    Api second = People.signedIn(api, "stale-delegate-fra", "FRA", "delegate");
    fixtures.save(first, cycle, "FRA", 0, ReportFixtures.answers("c")).expect(200);
    fixtures.save(second, cycle, "FRA", 1, ReportFixtures.answers("c", "f")).expect(200);
    Response stale = fixtures.save(first, cycle, "FRA", 1, ReportFixtures.answers("c", "k"));
    String detail = stale.expectProblem(409);
    assertTrue(detail.contains("version 2"), detail);
    JsonObject problem = stale.json();
    assertEquals("/problems/stale-version", problem.getString("type"));
    assertEquals(1, problem.getInteger("baseVersion"));
    JsonObject newer = problem.getJsonObject("latestVersion");
    assertEquals(2, newer.getInteger("version"));
    assertTrue(newer.getJsonObject("answers").getJsonObject("norms").containsKey("norm-f"));
    first.withHeader("If-Match", "\"1\"").put(ReportFixtures.report(cycle, "FRA") + "/draft",
        new JsonObject().put("language", "en").put("answers", ReportFixtures.answers("k"))).expectProblem(409);
    fixtures.save(first, cycle, "FRA", 0, ReportFixtures.answers("k")).expectProblem(409);
    assertEquals(2, first.get(ReportFixtures.report(cycle, "FRA") + "/versions").expect(200).items().size());
    // Merged into version 2, the save goes through.
    assertEquals(3, fixtures.save(first, cycle, "FRA", 2, ReportFixtures.answers("c", "f", "k")).expect(200).json()
        .getInteger("latestVersion"));
  }

  @Test
  @DisplayName("Malformed: an unknown norm or field, a bad If-Match, an unknown cycle, a cycle opened twice")
  void malformed() {
    String cycle = fixtures.cycle();
    Api fra = api.as("delegate-fra");
    String path = ReportFixtures.report(cycle, "FRA") + "/draft";
    fra.put(path, ReportFixtures.save(0, "en", ReportFixtures.answers("z"))).expectProblem(400);
    fra.put(path, ReportFixtures.save(0, "en", ReportFixtures.answers("a")).put("secret", 1)).expectProblem(400);
    fra.put(path, ReportFixtures.save(0, "de", ReportFixtures.answers("a"))).expectProblem(400);
    String ifMatch = fra.withHeader("If-Match", "latest").put(path, ReportFixtures.save(0, "en",
        ReportFixtures.answers("a"))).expectProblem(400);
    assertTrue(ifMatch.contains("If-Match"), ifMatch);
    fra.put(ReportFixtures.report("no-such-cycle", "FRA") + "/draft", ReportFixtures.save(0, "en",
        ReportFixtures.answers("a"))).expectProblem(404);
    api.get("/reporting-cycles/no-such-cycle/coverage").expectProblem(404);
    api.as("delegate-fra").withHeader("Idempotency-Key", UUID.randomUUID().toString()).post("/reporting-cycles",
        new JsonObject().put("id", "x-" + cycle).put("title", "By a delegate").put("cutOff", "2026-12-31"))
        .expectProblem(403);
    api.as("secretariat").withHeader("Idempotency-Key", UUID.randomUUID().toString()).post("/reporting-cycles",
        new JsonObject().put("id", cycle).put("title", "Again").put("cutOff", "2026-12-31")).expectProblem(409);
    assertEquals(0, fra.get(path).expect(200).json().getInteger("latestVersion"), "nothing written");
  }
}
