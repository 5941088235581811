package org.plenary.server.robustness;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * Malformed requests for every operation of the contract, derived from its parameters and body
 * schema: wrong types, numbers out of range or beyond a long, NUL and control characters, blank text,
 * text over its limit, too many or repeated items, unknown fields, tampered cursors, ids that are not
 * ids, malformed percent-escapes, bodies where none belongs and none where one is required, and no Host.
 */
final class Corpus {

  /** One malformed request; {@code target} is sent as is, so it may hold what a URI parser refuses. */
  record Case(String operation, String fault, String method, String target, String body, boolean withHost,
              String contentType) {
    Case(String operation, String fault, String method, String target, String body, boolean withHost) {
      this(operation, fault, method, target, body, withHost, "application/json");
    }

    @Override
    public String toString() {
      return operation + " (" + fault + "): " + method + " " + target + (body == null ? "" : " "
          + (body.length() > 120 ? body.substring(0, 120) + "…" : body));
    }
  }

  private static final String BASE = "/api/v1";
  private static final String LONE_SURROGATE = "@@lone-surrogate@@";
  private static final String[] BAD_INTEGERS = {"1000.0", "9223372036854775808", "-9223372036854775809", "1e3", "0x10", "abc"};
  private static final String[] BAD_TEXT = {"a%00b", "a%01b", "%zz", "a%", "%C3%28"};

  private final Contract contract;
  private final Samples samples;
  private final String realCursor;

  Corpus(Contract contract, Samples samples, String realCursor) {
    this.contract = contract;
    this.samples = samples;
    this.realCursor = realCursor;
  }

  List<Case> cases() {
    List<Case> cases = new ArrayList<>();
    for (Contract.Operation operation : contract.operations()) {
      cases.addAll(casesOf(operation));
    }
    return cases;
  }

  List<Case> casesOf(Contract.Operation op) {
    if (op.isUpload()) {
      return uploadCases(op);
    }
    List<Case> cases = new ArrayList<>();
    String body = op.takesBody() ? sampleBody(op).encode() : null;
    for (Contract.Parameter parameter : op.parameters()) {
      if (parameter.in().equals("path")) {
        for (String bad : badPathValues(parameter)) {
          cases.add(new Case(op.id(), "path " + parameter.name() + " = " + bad, op.method(),
              target(op, parameter.name(), bad, null, null), body, true));
        }
      } else if (parameter.in().equals("query")) {
        for (String bad : badQueryValues(parameter)) {
          cases.add(new Case(op.id(), "query " + parameter.name() + " = " + bad, op.method(),
              target(op, null, null, parameter.name(), bad), body, true));
        }
      }
    }
    String target = target(op, null, null, null, null);
    cases.add(new Case(op.id(), "no Host header", op.method(), target, body, false));
    cases.add(new Case(op.id(), "query string with a malformed percent-escape", op.method(), target + "?x=%zz", body, true));
    if (!op.takesBody()) {
      cases.add(new Case(op.id(), "a body where the contract describes none", op.method(), target, "{\"a\": 1}", true));
      return cases;
    }
    if (op.bodyRequired()) {
      cases.add(new Case(op.id(), "no body where one is required", op.method(), target, null, true));
    }
    for (String whole : new String[] {"[]", "\"text\"", "42", "null", "{", "{\"a\": 1", "\u0000"}) {
      cases.add(new Case(op.id(), "body " + whole, op.method(), target, whole, true));
    }
    if (op.body() != null) {
      JsonObject base = sampleBody(op);
      cases.add(new Case(op.id(), "unknown field", op.method(), target, base.copy().put("unknownField", 1).encode(), true));
      List<Fault> faults = new ArrayList<>();
      faultsOf(op.body(), new ArrayList<>(), faults, 0);
      for (Fault fault : faults) {
        cases.add(new Case(op.id(), fault.where() + ": " + fault.what(), op.method(), target,
            fault.applyTo(base, samples, contract), true));
      }
    }
    return cases;
  }

  /**
   * An operation whose body is a file: a plausible file (a small PDF, in ASCII) with each bad parameter, and bodies
   * that are not the file their Content-Type says, or not a file type at all.
   */
  private List<Case> uploadCases(Contract.Operation op) {
    List<Case> cases = new ArrayList<>();
    String file = "%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n";
    String type = op.mediaType();
    for (Contract.Parameter parameter : op.parameters()) {
      List<String> bad = parameter.in().equals("path") ? badPathValues(parameter)
          : parameter.in().equals("query") ? badQueryValues(parameter) : List.of();
      for (String value : bad) {
        String target = parameter.in().equals("path") ? target(op, parameter.name(), value, null, null)
            : target(op, null, null, parameter.name(), value);
        cases.add(new Case(op.id(), parameter.in() + " " + parameter.name() + " = " + value, op.method(), target, file,
            true, type));
      }
    }
    String target = target(op, null, null, null, null);
    cases.add(new Case(op.id(), "no Host header", op.method(), target, file, false, type));
    cases.add(new Case(op.id(), "no file name", op.method(), target.replaceAll("[?&]filename=[^&]*", ""), file, true, type));
    cases.add(new Case(op.id(), "no body", op.method(), target, null, true, type));
    for (String notTheFile : new String[] {"MZ\u0090\u0000 this program cannot be run", "\u007fELF\u0002\u0001", "PK\u0003\u0004",
        "{}", "%PDF"}) {
      cases.add(new Case(op.id(), "bytes that are not a " + type + " file", op.method(), target, notTheFile, true, type));
    }
    for (String otherType : new String[] {"application/json", "application/octet-stream", "text/plain", "image/png"}) {
      cases.add(new Case(op.id(), "Content-Type " + otherType, op.method(), target, file, true, otherType));
    }
    return cases;
  }

  private JsonObject sampleBody(Contract.Operation op) {
    return op.body() == null ? new JsonObject() : samples.object(op.body(), 0);
  }

  private String target(Contract.Operation op, String badParameter, String badValue, String badQuery, String badQueryValue) {
    String path = op.path();
    for (Contract.Parameter parameter : op.parameters()) {
      if (parameter.in().equals("path")) {
        String value = parameter.name().equals(badParameter) ? badValue
            : encode(String.valueOf(samples.of(parameter.name(), parameter.schema(), 0)));
        path = path.replace("{" + parameter.name() + "}", value);
      }
    }
    StringBuilder query = new StringBuilder();
    for (Contract.Parameter parameter : op.parameters()) {
      if (parameter.in().equals("query") && (parameter.required() || parameter.name().equals(badQuery))) {
        String value = parameter.name().equals(badQuery) ? badQueryValue
            : encode(String.valueOf(samples.of(parameter.name(), parameter.schema(), 0)));
        query.append(query.length() == 0 ? "?" : "&").append(parameter.name()).append('=').append(value);
      }
    }
    return BASE + path + query;
  }

  private static List<String> badPathValues(Contract.Parameter parameter) {
    List<String> values = new ArrayList<>(List.of("%00", "a%0Ab", "%zz"));
    String type = Samples.type(parameter.schema());
    if (type.equals("integer")) {
      values.addAll(List.of(BAD_INTEGERS));
      values.add(String.valueOf(parameter.schema().getLong("minimum", 0L) - 1));
    } else if ("uuid".equals(parameter.schema().getString("format"))) {
      values.addAll(List.of("not-a-uuid", "1000.0", "3f2b6c1e-0d4a-4c8e-9b7a-2e5f8d9c1a0", "3f2b6c1e-0d4a-4c8e-9b7a-2e5f8d9c1a00-1"));
    } else {
      values.add("x".repeat(parameter.schema().getInteger("maxLength", 200) + 1));
      values.add("%E2%80%AE%E2%80%8B");
    }
    return values;
  }

  private List<String> badQueryValues(Contract.Parameter parameter) {
    JsonObject schema = parameter.schema();
    List<String> values = new ArrayList<>(List.of(BAD_TEXT));
    String type = Samples.type(schema);
    if (parameter.name().equals("cursor")) {
      values.addAll(tamperedCursors());
    } else if (type.equals("integer") || type.equals("number")) {
      values.addAll(List.of(BAD_INTEGERS));
      values.add("1.5");
      if (schema.containsKey("minimum")) {
        values.add(String.valueOf(schema.getLong("minimum") - 1));
      }
      if (schema.containsKey("maximum")) {
        values.add(String.valueOf(schema.getLong("maximum") + 1));
      }
    } else if (type.equals("boolean")) {
      values.add("maybe");
    } else if (schema.containsKey("enum")) {
      values.add("not-one-of-them");
    } else if (schema.containsKey("format")) {
      values.add("not-a-" + schema.getString("format"));
    } else if (schema.getInteger("maxLength", 100_000) < 3000) {
      values.add("x".repeat(schema.getInteger("maxLength") + 1));
    }
    if (schema.getInteger("minLength", 0) >= 1) {
      values.add("%E2%80%8B%C2%A0%20");
    }
    return values;
  }

  /** Valid base64 of the wrong shape, a real cursor with its signature changed, a hand-made one. */
  private List<String> tamperedCursors() {
    Base64.Encoder base64 = Base64.getUrlEncoder().withoutPadding();
    List<String> cursors = new ArrayList<>();
    for (String json : new String[] {"[\"x\"]", "[{\"a\":1}]", "[null]", "[1,2,3]", "{}", "\"x\"", "[\"2025-01-01T00:00:00Z\",\"zz\"]"}) {
      String encoded = base64.encodeToString(json.getBytes(StandardCharsets.UTF_8));
      cursors.add(encoded);
      cursors.add(encoded + "." + base64.encodeToString(new byte[16]));
    }
    if (realCursor != null) {
      int dot = realCursor.indexOf('.');
      cursors.add(realCursor.substring(0, dot + 1) + "AAAAAAAAAAAAAAAAAAAAAA");
      cursors.add(base64.encodeToString("[999999]".getBytes(StandardCharsets.UTF_8)) + realCursor.substring(dot));
    }
    cursors.add("not base64 at all!");
    return cursors.stream().map(Corpus::encode).toList();
  }

  /** A bad value at a path of the body: a list of property names and array indexes. */
  record Fault(List<Object> path, Object value, String what) {
    String where() {
      StringBuilder where = new StringBuilder("body");
      path.forEach(step -> where.append(step instanceof Integer i ? "[" + i + "]" : "." + step));
      return where.toString();
    }

    String applyTo(JsonObject base, Samples samples, Contract contract) {
      JsonObject body = base.copy();
      Object container = body;
      for (int i = 0; i < path.size() - 1; i++) {
        Object step = path.get(i);
        Object next = path.get(i + 1);
        Object child = container instanceof JsonObject o ? o.getValue((String) step) : ((JsonArray) container).getValue((Integer) step);
        if (child == null || (next instanceof Integer && !(child instanceof JsonArray))
            || (next instanceof String && !(child instanceof JsonObject))) {
          child = next instanceof Integer ? new JsonArray() : new JsonObject();
          put(container, step, child);
        }
        if (next instanceof Integer index && child instanceof JsonArray array) {
          while (array.size() <= index) {
            array.add(new JsonObject());
          }
        }
        container = child;
      }
      put(container, path.get(path.size() - 1), value);
      // A client library would not encode half a surrogate pair; written here as JSON allows, \\ud800.
      return body.encode().replace(LONE_SURROGATE, "\\ud800");
    }

    private static void put(Object container, Object step, Object value) {
      if (container instanceof JsonObject object) {
        object.put((String) step, value);
      } else {
        JsonArray array = (JsonArray) container;
        int index = (Integer) step;
        while (array.size() <= index) {
          array.addNull();
        }
        array.set(index, value);
      }
    }
  }

  private void faultsOf(JsonObject schema, List<Object> path, List<Fault> faults, int depth) {
    JsonObject s = contract.resolve(schema);
    if (s == null || depth > 3) {
      return;
    }
    for (String combinator : new String[] {"allOf", "oneOf", "anyOf"}) {
      if (s.getJsonArray(combinator) != null) {
        s.getJsonArray(combinator).forEach(member -> faultsOf((JsonObject) member, path, faults, depth + 1));
      }
    }
    String type = Samples.type(s);
    if (!path.isEmpty()) {
      valueFaults(s, type, path, faults);
    }
    if (type.equals("object")) {
      s.getJsonObject("properties", new JsonObject()).forEach(property -> {
        List<Object> child = new ArrayList<>(path);
        child.add(property.getKey());
        faultsOf((JsonObject) property.getValue(), child, faults, depth + 1);
      });
    } else if (type.equals("array") && s.getJsonObject("items") != null) {
      List<Object> child = new ArrayList<>(path);
      child.add(0);
      faultsOf(s.getJsonObject("items"), child, faults, depth + 1);
    }
  }

  private void valueFaults(JsonObject s, String type, List<Object> path, List<Fault> faults) {
    String name = String.valueOf(path.get(path.size() - 1));
    switch (type) {
      case "string" -> {
        String sample = String.valueOf(samples.of(name, s, 0));
        faults.add(new Fault(path, 12345, "a number for a string"));
        faults.add(new Fault(path, sample + "\u0000", "NUL"));
        faults.add(new Fault(path, "\u0001" + sample, "a control character"));
        faults.add(new Fault(path, sample + LONE_SURROGATE, "a lone surrogate"));
        if (s.containsKey("maxLength")) {
          faults.add(new Fault(path, "x".repeat(s.getInteger("maxLength") + 1), "too long"));
        }
        if (s.getInteger("minLength", 0) >= 1 && !s.containsKey("enum") && !s.containsKey("format")) {
          for (String blank : new String[] {"   ", "\u00a0\u00a0\u00a0", "\u200b\u200b\u200b", "\u0301\u0301\u0301",
              "\u3164\u3164\u3164", "\udb40\udc41\udb40\udc42\udb40\udc43", "\u202e\u2066\u2069"}) {
            faults.add(new Fault(path, blank, "blank text " + blank.codePoints().mapToObj(Integer::toHexString).toList()));
          }
        }
        if (s.containsKey("enum")) {
          faults.add(new Fault(path, "not-one-of-them", "a value outside the enum"));
        }
      }
      case "integer", "number" -> {
        faults.add(new Fault(path, "1", "a string for a number"));
        double max = s.getNumber("maximum", Double.MAX_VALUE).doubleValue();
        double min = s.getNumber("minimum", -Double.MAX_VALUE).doubleValue();
        for (Number big : new Number[] {2147483648L, 4294967296L, new java.math.BigInteger("9223372036854775808"),
            new java.math.BigInteger("-9223372036854775809"), 1e300, -1e300}) {
          if (big.doubleValue() > max || big.doubleValue() < min) {
            faults.add(new Fault(path, big, "out of range " + big));
          }
        }
        if (type.equals("integer")) {
          faults.add(new Fault(path, 1.5, "a fraction"));
        }
        if (s.containsKey("maximum")) {
          faults.add(new Fault(path, s.getNumber("maximum").longValue() + 1, "maximum + 1"));
        }
        if (s.containsKey("minimum")) {
          faults.add(new Fault(path, s.getNumber("minimum").longValue() - 1, "minimum - 1"));
        }
      }
      case "boolean" -> faults.add(new Fault(path, "yes", "a string for a boolean"));
      case "array" -> {
        faults.add(new Fault(path, "x", "a string for an array"));
        Object item = samples.of(name, s.getJsonObject("items"), 1);
        int max = s.getInteger("maxItems", 1000);
        JsonArray tooMany = new JsonArray();
        for (int i = 0; i <= max; i++) {
          tooMany.add(item instanceof String text && !s.getJsonObject("items", new JsonObject()).containsKey("enum")
              && !s.getJsonObject("items", new JsonObject()).containsKey("pattern") ? text + " " + i : item);
        }
        faults.add(new Fault(path, tooMany, "maxItems + 1"));
        if (Boolean.TRUE.equals(s.getValue("uniqueItems"))) {
          faults.add(new Fault(path, new JsonArray().add(item).add(item), "a repeated item"));
        }
      }
      case "object" -> faults.add(new Fault(path, "x", "a string for an object"));
      default -> {
      }
    }
  }

  static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }

  static Map<String, String> ids(String threadId, long postId) {
    return Map.of("threadId", threadId, "postId", String.valueOf(postId), "topicId", "norms", "stateId", "FRA",
        "id", "FRA", "organizationId", "FRA");
  }
}
