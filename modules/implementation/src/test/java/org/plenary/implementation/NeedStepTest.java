package org.plenary.implementation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonObject;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.plenary.testing.Api;
import org.plenary.testing.PlenaryTest;
import org.plenary.testing.Response;
import org.plenary.testing.TestServer;

@PlenaryTest
@DisplayName("A report's needs on a norm become a capacity-building need on the board in one step")
class NeedStepTest {

  private final Api api = TestServer.api();
  private final ReportFixtures fixtures = new ReportFixtures(api);

  private Response raise(String persona, String cycle, String state, String norm) {
    return api.as(persona).withHeader("Idempotency-Key", UUID.randomUUID().toString())
        .post(ReportFixtures.report(cycle, state) + "/needs", new JsonObject().put("norm", norm));
  }

  @Test
  @DisplayName("Malawi turns its needs on norm (g) into a capacity need; the need links back and the report lists it")
  void malawiRaisesItsNeed() {
    String cycle = fixtures.cycle();
    JsonObject answers = ReportFixtures.answers("f", "g");
    answers.getJsonObject("norms").getJsonObject("norm-g")
        .put("needs", "Training for the operators of our electricity grid and our national CERT.");
    fixtures.save(api.as("delegate-mwi"), cycle, "MWI", 0, answers).expect(200);

    JsonObject link = raise("delegate-mwi", cycle, "MWI", "norm-g").expect(201).json();
    assertEquals("norm-g", link.getString("norm"));
    assertEquals(1, link.getInteger("version"));
    String needId = link.getString("needId");
    JsonObject need = api.as("delegate-mwi").get("/capacity/needs/" + needId).expect(200).json();
    assertTrue(need.getString("description").contains("electricity grid"), need.encode());
    assertTrue(need.getString("description").contains("/reports/" + cycle + "/MWI"), "the need links back");
    assertTrue(need.getJsonArray("areas").encode().contains("critical-infrastructure"), need.encode());
    JsonObject draft = api.as("delegate-mwi").get(ReportFixtures.report(cycle, "MWI") + "/draft").expect(200).json();
    assertEquals(needId, draft.getJsonArray("capacityNeeds").getJsonObject(0).getString("needId"));

    Response again = raise("delegate-mwi", cycle, "MWI", "norm-g");
    again.expectProblem(409);
    assertEquals(needId, again.json().getString("needId"));
    String none = raise("delegate-mwi", cycle, "MWI", "norm-f").expectProblem(422);
    assertTrue(none.contains("norm (f)"), none);
    raise("delegate-bra", cycle, "MWI", "norm-g").expectProblem(403);
    raise("delegate-mwi", fixtures.cycle(), "MWI", "norm-g").expectProblem(422);
  }
}
