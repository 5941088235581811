package org.plenary.runtime.edge;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalInt;
import java.util.TreeMap;
import org.plenary.platform.http.ApiProblem;
import org.plenary.platform.text.UserText;

/**
 * One walk over a request value, in time linear in its size: every string free of control characters,
 * required text visible, and arrays marked {@code uniqueItems} without a repeated item.
 */
final class ValueChecks {

  private ValueChecks() {
  }

  /** {@code where} names the value in a problem: "request body" or "query parameter q". */
  static void check(String where, Object value, SchemaNode node) {
    walk(where, "#", value, node);
  }

  /**
   * Before schema validation, in time bounded by the contract's limits: no array longer than its
   * maxItems, no unknown field in a closed object. Worded as the validator words the same faults.
   */
  static void checkBounds(String where, String location, Object value, SchemaNode node) {
    if (value instanceof JsonArray array) {
      if (array.size() > node.maxItems) {
        throw ApiProblem.invalid(where, location, "must have at most " + node.maxItems + " items (it has " + array.size() + ")");
      }
      for (int i = 0; i < array.size(); i++) {
        checkBounds(where, location + "/" + i, array.getValue(i), node.items);
      }
    } else if (value instanceof JsonObject object) {
      for (Map.Entry<String, Object> entry : object) {
        if (node.closed && !node.properties.containsKey(entry.getKey())) {
          throw ApiProblem.invalid(where, location, "has the unknown field \"" + entry.getKey()
              + "\"; only the fields the API description lists are accepted");
        }
        checkBounds(where, location + "/" + entry.getKey(), entry.getValue(), node.property(entry.getKey()));
      }
    }
  }

  static void checkText(String where, String location, String text, boolean visibleRequired) {
    OptionalInt forbidden = UserText.firstForbidden(text);
    if (forbidden.isPresent()) {
      int at = forbidden.getAsInt();
      throw ApiProblem.invalid(where, location, "contains the control character " + UserText.describe(text.codePointAt(at))
          + " at position " + (at + 1) + ", which no text may contain");
    }
    if (visibleRequired && !UserText.hasVisible(text)) {
      throw ApiProblem.invalid(where, location, "must contain visible characters, not only spaces, invisible or"
          + " combining characters");
    }
  }

  private static void walk(String where, String location, Object value, SchemaNode node) {
    if (value instanceof String text) {
      checkText(where, location, text, node.visibleText);
    } else if (value instanceof JsonObject object) {
      for (Map.Entry<String, Object> entry : object) {
        String child = location + "/" + entry.getKey().replace("~", "~0").replace("/", "~1");
        checkText(where, child, entry.getKey(), false);
        walk(where, child, entry.getValue(), node.property(entry.getKey()));
      }
    } else if (value instanceof JsonArray array) {
      if (node.uniqueItems) {
        unique(where, location, array);
      }
      for (int i = 0; i < array.size(); i++) {
        walk(where, location + "/" + i, array.getValue(i), node.items);
      }
    }
  }

  private static void unique(String where, String location, JsonArray array) {
    Map<Object, Integer> seen = new HashMap<>(array.size() * 2);
    for (int i = 0; i < array.size(); i++) {
      Integer earlier = seen.putIfAbsent(canonical(array.getValue(i)), i);
      if (earlier != null) {
        throw ApiProblem.invalid(where, location, "must not list the same item twice (items " + earlier + " and " + i
            + " are equal)");
      }
    }
  }

  /** A value in a form where JSON-equal values are equal: 1 and 1.0 alike, objects whatever their key order. */
  private static Object canonical(Object value) {
    if (value instanceof Number number) {
      try {
        return new BigDecimal(number.toString()).stripTrailingZeros();
      } catch (NumberFormatException notFinite) {
        return number.toString();
      }
    }
    if (value instanceof JsonObject object) {
      Map<String, Object> sorted = new TreeMap<>();
      object.forEach(entry -> sorted.put(entry.getKey(), canonical(entry.getValue())));
      return sorted;
    }
    if (value instanceof JsonArray array) {
      java.util.List<Object> items = new java.util.ArrayList<>(array.size());
      array.forEach(item -> items.add(canonical(item)));
      return items;
    }
    return value == null ? JsonObject.of() : value;
  }
}
