package org.plenary.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

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

  /**
   * Every value a request carries (parameters and bodies) is bounded: each integer or number by a
   * minimum and a maximum, each array by maxItems, each string by maxLength unless an enum, a const or a
   * format (uuid, date-time, date) already bounds it. Returns where each unbounded value is.
   */
  static List<String> unboundedRequestValues(JsonObject document) {
    List<String> unbounded = new ArrayList<>();
    document.getJsonObject("paths").forEach(path -> {
      JsonObject item = (JsonObject) path.getValue();
      JsonArray shared = item.getJsonArray("parameters", new JsonArray());
      item.forEach(op -> {
        if (op.getValue() instanceof JsonObject operation && operation.containsKey("operationId")) {
          String id = operation.getString("operationId");
          JsonArray parameters = shared.copy().addAll(operation.getJsonArray("parameters", new JsonArray()));
          parameters.forEach(p -> {
            JsonObject parameter = resolve(document, (JsonObject) p);
            bounds(document, parameter.getJsonObject("schema"), id + " " + parameter.getString("in") + " parameter "
                + parameter.getString("name"), new HashSet<>(), unbounded);
          });
          JsonObject body = operation.getJsonObject("requestBody");
          if (body != null) {
            resolve(document, body).getJsonObject("content").forEach(media -> bounds(document,
                ((JsonObject) media.getValue()).getJsonObject("schema"), id + " body", new HashSet<>(), unbounded));
          }
        }
      });
    });
    return unbounded;
  }

  private static final Set<String> BOUNDING_FORMATS = Set.of("uuid", "date-time", "date");

  private static void bounds(JsonObject document, JsonObject schema, String where, Set<String> refs, List<String> out) {
    if (schema == null) {
      return;
    }
    String ref = schema.getString("$ref");
    if (ref != null) {
      if (refs.add(ref)) {
        bounds(document, resolve(document, schema), where, refs, out);
      }
      return;
    }
    List<Object> types = schema.getValue("type") instanceof JsonArray many ? many.getList()
        : schema.containsKey("type") ? List.of(schema.getValue("type")) : List.of();
    boolean enumerated = schema.containsKey("enum") || schema.containsKey("const");
    if (!enumerated && (types.contains("integer") || types.contains("number"))
        && (!(schema.containsKey("minimum") || schema.containsKey("exclusiveMinimum"))
        || !(schema.containsKey("maximum") || schema.containsKey("exclusiveMaximum")))) {
      out.add(where + ": a number without minimum and maximum");
    }
    if (!enumerated && types.contains("string") && !schema.containsKey("maxLength")
        && !BOUNDING_FORMATS.contains(schema.getString("format", ""))) {
      out.add(where + ": a string without maxLength");
    }
    if (types.contains("array") && !schema.containsKey("maxItems")) {
      out.add(where + ": an array without maxItems");
    }
    if (types.isEmpty() && !enumerated && !schema.containsKey("oneOf") && !schema.containsKey("anyOf")
        && !schema.containsKey("allOf")) {
      out.add(where + ": a value of any type, which nothing bounds");
    }
    schema.getJsonObject("properties", new JsonObject()).forEach(property ->
        bounds(document, (JsonObject) property.getValue(), where + "." + property.getKey(), refs, out));
    if (schema.getValue("items") instanceof JsonObject items) {
      bounds(document, items, where + "[]", refs, out);
    }
    if (schema.getValue("additionalProperties") instanceof JsonObject additional) {
      bounds(document, additional, where + "{}", refs, out);
    }
    for (String combinator : new String[] {"oneOf", "anyOf", "allOf"}) {
      JsonArray options = schema.getJsonArray(combinator);
      if (options != null) {
        options.forEach(option -> bounds(document, (JsonObject) option, where, new HashSet<>(refs), out));
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
