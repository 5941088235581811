package org.plenary.platform.http;

import io.vertx.json.schema.OutputUnit;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Chooses, among a JSON Schema validation's errors, the one that tells a client what to fix: the most
 * specific (deepest) one, an unknown field named as such rather than as an "additional properties" rule.
 */
final class SchemaErrors {

  private static final Pattern ADDITIONAL = Pattern.compile("Property \"(.*)\" does not match additional properties schema");

  private SchemaErrors() {
  }

  static String describe(String where, OutputUnit result) {
    List<OutputUnit> errors = result == null || result.getErrors() == null ? List.of() : result.getErrors();
    if (errors.isEmpty()) {
      return "The " + where + " is invalid.";
    }
    int deepest = errors.stream().mapToInt(e -> depth(e.getInstanceLocation())).max().orElse(0);
    OutputUnit chosen = errors.stream()
        .filter(e -> depth(e.getInstanceLocation()) == deepest)
        .min(Comparator.comparing(SchemaErrors::generality))
        .orElseThrow();
    boolean onlyAdditional = errors.stream().filter(e -> e.getInstanceLocation().equals(chosen.getInstanceLocation()))
        .allMatch(SchemaErrors::isAdditionalProperties);
    Matcher unknown = ADDITIONAL.matcher(chosen.getError());
    if (onlyAdditional && unknown.matches()) {
      return "The " + where + " has the unknown field \"" + unknown.group(1) + "\"; only the fields the API description"
          + " lists are accepted.";
    }
    String location = chosen.getInstanceLocation();
    return "The " + where + " is invalid: " + chosen.getError()
        + (location.length() > 1 ? " at " + location.substring(1) : "") + ".";
  }

  /** "Property x does not match schema" only summarises the errors below it; prefer those. */
  private static int generality(OutputUnit error) {
    return isAdditionalProperties(error) ? 2 : error.getError().startsWith("Property \"") ? 1 : 0;
  }

  private static boolean isAdditionalProperties(OutputUnit error) {
    return ADDITIONAL.matcher(error.getError()).matches();
  }

  private static int depth(String location) {
    return location == null ? 0 : location.split("/").length;
  }
}
