package org.plenary.runtime.edge;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.HashMap;
import java.util.Map;

/**
 * What the edge checks itself in a value of one schema of the contract, compiled once from the
 * document: which strings must contain visible text (a {@code minLength} of 1 or more, and no enum or
 * format that already says what they are), and which arrays must not repeat an item
 * ({@code uniqueItems}, left out of the schemas the validator sees because it compares every pair).
 * Combined schemas (allOf, anyOf, oneOf) add up their members' rules. Its maxItems and closed objects are
 * also checked before the validator runs, so that an array of 30,000 items or an object of 30,000 unknown
 * fields is refused at its first excess instead of being validated item by item.
 */
final class SchemaNode {

  static final SchemaNode NONE = new SchemaNode();

  boolean visibleText;
  boolean uniqueItems;
  int maxItems = Integer.MAX_VALUE;
  /** Whether fields other than {@link #properties} are refused ({@code additionalProperties: false}). */
  boolean closed;
  final Map<String, SchemaNode> properties = new HashMap<>();
  SchemaNode items = NONE;
  SchemaNode additional = NONE;

  SchemaNode property(String name) {
    return properties.getOrDefault(name, additional);
  }

  /** Compiles schemas of one document, following {@code $ref}s (a cycle compiles to the same node). */
  static final class Compiler {
    private final JsonObject document;
    private final Map<String, SchemaNode> byRef = new HashMap<>();

    Compiler(JsonObject document) {
      this.document = document;
    }

    SchemaNode compile(Object schema) {
      if (!(schema instanceof JsonObject json)) {
        return NONE;
      }
      SchemaNode node = new SchemaNode();
      into(node, json);
      return node;
    }

    private void into(SchemaNode node, JsonObject schema) {
      String ref = schema.getString("$ref");
      if (ref != null) {
        SchemaNode target = byRef.get(ref);
        if (target == null) {
          target = new SchemaNode();
          byRef.put(ref, target);
          into(target, resolve(ref));
        }
        merge(node, target);
      }
      node.visibleText |= requiresVisibleText(schema);
      node.uniqueItems |= Boolean.TRUE.equals(schema.getValue("uniqueItems"));
      node.maxItems = Math.min(node.maxItems, schema.getInteger("maxItems", Integer.MAX_VALUE));
      node.closed |= Boolean.FALSE.equals(schema.getValue("additionalProperties"));
      if (schema.getValue("properties") instanceof JsonObject properties) {
        properties.forEach(p -> node.properties.merge(p.getKey(), compile(p.getValue()), Compiler::combined));
      }
      if (schema.containsKey("items")) {
        node.items = combined(node.items, compile(schema.getValue("items")));
      }
      if (schema.getValue("additionalProperties") instanceof JsonObject additional) {
        node.additional = combined(node.additional, compile(additional));
      }
      for (String combinator : new String[] {"allOf", "anyOf", "oneOf"}) {
        if (schema.getValue(combinator) instanceof JsonArray members) {
          members.forEach(member -> {
            if (member instanceof JsonObject json) {
              into(node, json);
            }
          });
        }
      }
    }

    private static boolean requiresVisibleText(JsonObject schema) {
      Object type = schema.getValue("type");
      boolean string = "string".equals(type) || (type instanceof JsonArray types && types.contains("string"));
      return string && schema.getInteger("minLength", 0) >= 1 && !schema.containsKey("enum")
          && !schema.containsKey("const") && !schema.containsKey("format");
    }

    private static SchemaNode combined(SchemaNode a, SchemaNode b) {
      if (a == NONE) {
        return b;
      }
      if (b == NONE) {
        return a;
      }
      SchemaNode node = new SchemaNode();
      merge(node, a);
      merge(node, b);
      return node;
    }

    /** Adds {@code from}'s rules to {@code node}. A node still being compiled (a cycle) adds its rules so far. */
    private static void merge(SchemaNode node, SchemaNode from) {
      node.visibleText |= from.visibleText;
      node.uniqueItems |= from.uniqueItems;
      node.maxItems = Math.min(node.maxItems, from.maxItems);
      node.closed |= from.closed;
      from.properties.forEach((name, child) -> node.properties.merge(name, child, Compiler::combined));
      node.items = combined(node.items, from.items);
      node.additional = combined(node.additional, from.additional);
    }

    private JsonObject resolve(String ref) {
      Object target = document;
      for (String part : ref.replaceFirst("^#/", "").split("/")) {
        target = target instanceof JsonObject json ? json.getValue(part.replace("~1", "/").replace("~0", "~")) : null;
      }
      if (!(target instanceof JsonObject json)) {
        throw new IllegalStateException("the OpenAPI document has no " + ref);
      }
      return json;
    }
  }
}
