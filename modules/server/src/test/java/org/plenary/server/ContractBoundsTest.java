package org.plenary.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.plenary.testing.Api;
import org.plenary.testing.PlenaryTest;
import org.plenary.testing.TestServer;

/**
 * A rule of the contract that holds for operations added later too: nothing a client sends is
 * unbounded, so no request under the body limit can make the server store a number other than the one
 * sent or spend long validating it.
 */
@PlenaryTest
@DisplayName("The contract bounds every value a request carries")
class ContractBoundsTest {

  private final Api api = TestServer.api();

  @Test
  @DisplayName("Every integer has a minimum and a maximum, every array maxItems, every string maxLength (or an enum or format)")
  void everyRequestValueIsBounded() {
    JsonObject document = api.get("/api/v1/openapi.json").expect(200).json();
    List<String> unbounded = OpenApiRules.unboundedRequestValues(document);
    assertEquals(List.of(), unbounded, "unbounded request values:\n" + String.join("\n", unbounded));
  }

  @Test
  @DisplayName("The rule sees an unbounded value wherever it is")
  void theRuleFindsWhatIsMissing() {
    JsonObject document = new JsonObject("""
        {"paths": {"/things/{n}": {"post": {"operationId": "makeThing",
          "parameters": [{"name": "n", "in": "path", "schema": {"type": "integer", "minimum": 1}}],
          "requestBody": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}}}}}},
         "components": {"schemas": {"Thing": {"type": "object", "properties": {
           "names": {"type": "array", "items": {"type": "string", "maxLength": 10}},
           "label": {"type": "string"},
           "kind": {"type": "string", "enum": ["a", "b"]},
           "at": {"type": "string", "format": "date-time"},
           "count": {"type": "integer", "minimum": 0, "maximum": 10}}}}}}
        """);
    List<String> unbounded = OpenApiRules.unboundedRequestValues(document);
    assertEquals(3, unbounded.size(), unbounded.toString());
    assertTrue(unbounded.get(0).startsWith("makeThing path parameter n"), unbounded.get(0));
    assertTrue(unbounded.stream().anyMatch(u -> u.startsWith("makeThing body.names: an array")), unbounded.toString());
    assertTrue(unbounded.stream().anyMatch(u -> u.startsWith("makeThing body.label: a string")), unbounded.toString());
  }
}
