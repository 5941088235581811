package org.plenary.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.LinkedHashMap;
import java.util.Map;

/** Checks on the served OpenAPI document that keep the API's conventions honest. */
final class OpenApiRules {

  private OpenApiRules() {
  }

  static Map<String, JsonObject> requestBodySchemas(JsonObject document) {
    Map<String, JsonObject> schemas = new LinkedHashMap<>();
    document.getJsonObject("paths").forEach(path -> ((JsonObject) path.getValue()).forEach(op -> {
      if (op.getValue() instanceof JsonObject operation && operation.containsKey("requestBody")) {
        JsonObject content = operation.getJsonObject("requestBody").getJsonObject("content");
        JsonObject json = content.getJsonObject("application/json");
        if (json != null) {
          schemas.put(operation.getString("operationId"), json.getJsonObject("schema"));
        }
      }
    }));
    return schemas;
  }

  /** Every object schema reachable from a request body says {@code additionalProperties: false}. */
  static void assertClosed(JsonObject document, JsonObject schema, String where) {
    JsonObject resolved = resolve(document, schema);
    if ("object".equals(resolved.getString("type"))) {
      assertEquals(false, resolved.getValue("additionalProperties"), where + " accepts unknown fields");
      resolved.getJsonObject("properties", new JsonObject()).forEach(property ->
          assertClosed(document, (JsonObject) property.getValue(), where + "." + property.getKey()));
    }
    if (resolved.containsKey("items")) {
      assertClosed(document, resolved.getJsonObject("items"), where + "[]");
    }
    for (String combinator : new String[] {"oneOf", "anyOf", "allOf"}) {
      JsonArray options = resolved.getJsonArray(combinator);
      if (options != null) {
        options.forEach(option -> assertClosed(document, (JsonObject) option, where + "." + combinator));
      }
    }
  }

  private static JsonObject resolve(JsonObject document, JsonObject schema) {
    String ref = schema.getString("$ref");
    if (ref == null) {
      return schema;
    }
    JsonObject target = document;
    for (String part : ref.substring(2).split("/")) {
      target = target.getJsonObject(part);
    }
    return resolve(document, target);
  }
}
