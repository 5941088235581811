package org.plenary.server.robustness;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;

/**
 * A plausible value for a schema, so that a mutation of one field is usually the request's only fault
 * and reaches the check it is meant for. It need not be valid: the corpus asserts a 4xx either way.
 */
final class Samples {

  private static final Map<String, String> BY_PATTERN = Map.of(
      "^[A-Z]{3}$", "FRA",
      "^[a-z0-9][a-z0-9-]{1,62}$", "norms",
      "^[a-z][a-z0-9-]{1,62}$", "strategy-assessments",
      "^[a-z]{2,3}$", "en",
      "^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$", "en",
      "^[0-9]{1,19}$", "1",
      "^https?://", "https://example.org");

  private final Contract contract;
  private final Map<String, String> knownIds;

  /** {@code knownIds}: values for parameters and fields by name (threadId, postId, ...) that exist. */
  Samples(Contract contract, Map<String, String> knownIds) {
    this.contract = contract;
    this.knownIds = knownIds;
  }

  Object of(String name, JsonObject schema, int depth) {
    JsonObject s = contract.resolve(schema);
    if (s == null) {
      return "x";
    }
    if (s.containsKey("enum")) {
      return s.getJsonArray("enum").getValue(0);
    }
    if (s.containsKey("const")) {
      return s.getValue("const");
    }
    for (String combinator : new String[] {"allOf", "oneOf", "anyOf"}) {
      if (s.getJsonArray(combinator) != null && !s.getJsonArray(combinator).isEmpty()) {
        return of(name, s.getJsonArray(combinator).getJsonObject(0), depth);
      }
    }
    String type = type(s);
    return switch (type) {
      case "object" -> object(s, depth);
      case "array" -> {
        JsonArray array = new JsonArray();
        for (int i = 0; i < s.getInteger("minItems", 0); i++) {
          array.add(of(name, s.getJsonObject("items"), depth + 1));
        }
        yield array;
      }
      case "integer" -> knownIds.containsKey(name) ? Long.parseLong(knownIds.get(name)) : s.getLong("minimum", 1L);
      case "number" -> s.getDouble("minimum", 1.0);
      case "boolean" -> false;
      default -> string(name, s);
    };
  }

  JsonObject object(JsonObject schema, int depth) {
    JsonObject object = new JsonObject();
    JsonObject properties = schema.getJsonObject("properties", new JsonObject());
    for (Object required : schema.getJsonArray("required", new JsonArray())) {
      if (depth < 6 && properties.containsKey((String) required)) {
        object.put((String) required, of((String) required, properties.getJsonObject((String) required), depth + 1));
      }
    }
    return object;
  }

  private String string(String name, JsonObject s) {
    if (knownIds.containsKey(name)) {
      return knownIds.get(name);
    }
    String format = s.getString("format", "");
    if (format.equals("uuid")) {
      return "3f2b6c1e-0d4a-4c8e-9b7a-2e5f8d9c1a00";
    }
    if (format.equals("date-time")) {
      return Instant.now().plus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString();
    }
    if (format.equals("date")) {
      return "2030-01-01";
    }
    String byPattern = BY_PATTERN.get(s.getString("pattern", ""));
    if (byPattern != null) {
      return byPattern;
    }
    String text = "A sample text for " + name;
    int min = s.getInteger("minLength", 0);
    int max = s.getInteger("maxLength", 10_000);
    while (text.length() < min) {
      text += " more";
    }
    return text.length() > max ? text.substring(0, max) : text;
  }

  static String type(JsonObject schema) {
    Object type = schema.getValue("type");
    if (type instanceof JsonArray types) {
      return types.stream().filter(t -> !"null".equals(t)).map(String::valueOf).findFirst().orElse("null");
    }
    return type == null ? (schema.containsKey("properties") ? "object" : "any") : (String) type;
  }
}
