package org.plenary.platform.http;

import io.vertx.json.schema.OutputUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.plenary.platform.failure.Fields;

/**
 * Turns a JSON Schema validation's errors into one sentence that names the field and the rule it breaks,
 * in words a client developer can act on: "The request body's field "title" must be at most 300
 * characters long (it has 301)." The most specific (deepest) error is chosen; summaries such as "A
 * subschema had errors" are never the answer while a more precise error exists.
 */
final class SchemaErrors {

  private static final Pattern ADDITIONAL = Pattern.compile("Property \"(.*)\" does not match additional properties schema");
  private static final Pattern SUMMARY = Pattern.compile("Property \"(.*)\" does not match schema|A sub-?schema had errors"
      + "|Items did not match .*|Instance does not match (any|every|exactly one) subschemas?.*|Instance does not match \"(then|else)\" schema");

  private static final Map<String, String> TYPES = Map.of("string", "a string", "integer", "a whole number",
      "number", "a number", "boolean", "true or false", "object", "a JSON object", "array", "a JSON array", "null", "null");
  private static final Map<String, String> FORMATS = Map.of("uuid", "a UUID such as 3f2b6c1e-0d4a-4c8e-9b7a-2e5f8d9c1a00",
      "date-time", "a date and time in RFC 3339 form, such as 2025-03-01T09:00:00Z", "date", "a date such as 2025-03-01",
      "email", "an e-mail address", "uri", "an absolute URI", "idn-email", "an e-mail address");

  private record Rule(Pattern pattern, Function<Matcher, String> phrase) {
  }

  private static final List<Rule> RULES = List.of(
      rule("Instance type (\\S+) is invalid\\. Expected (.+)", m -> "must be " + types(m.group(2)) + ", not " + type(m.group(1))),
      rule("String is too short \\((\\d+) < (\\d+)\\)", m -> "must be at least " + m.group(2) + " characters long (it has "
          + m.group(1) + ")"),
      rule("String is too long \\((\\d+) > (\\d+)\\)", m -> "must be at most " + m.group(2) + " characters long (it has "
          + m.group(1) + ")"),
      rule("Array has too many items \\(\\D*(\\d+) > (\\d+)\\)", m -> "must have at most " + m.group(2) + " items (it has "
          + m.group(1) + ")"),
      rule("Array has too few items \\(\\D*(\\d+) < (\\d+)\\)", m -> "must have at least " + m.group(2) + " items (it has "
          + m.group(1) + ")"),
      rule("Duplicate items at indexes (\\d+) and (\\d+)", m -> "must not list the same item twice (items " + m.group(1)
          + " and " + m.group(2) + " are equal)"),
      rule("Instance does not match any of (.+)", m -> "must be one of " + m.group(1)),
      rule("Instance does not match (.+)", m -> "must be " + m.group(1)),
      rule("(\\S+) is less than or equal to (\\S+)", m -> "must be greater than " + m.group(2) + " (it is " + m.group(1) + ")"),
      rule("(\\S+) is greater than or equal to (\\S+)", m -> "must be less than " + m.group(2) + " (it is " + m.group(1) + ")"),
      rule("(\\S+) is less than (\\S+)", m -> "must be at least " + m.group(2) + " (it is " + m.group(1) + ")"),
      rule("(\\S+) is greater than (\\S+)", m -> "must be at most " + m.group(2) + " (it is " + m.group(1) + ")"),
      rule("(\\S+) is not a multiple of (\\S+)", m -> "must be a multiple of " + m.group(2) + " (it is " + m.group(1) + ")"),
      rule("String does not match format \"(.+)\"", m -> "must be " + FORMATS.getOrDefault(m.group(1),
          "in the format " + m.group(1))),
      rule("String does not match pattern.*", m -> "does not have the form the API description's pattern for it requires"),
      rule("Instance does not have required property \"(.+)\"", m -> "lacks the required field \"" + m.group(1) + "\""),
      rule(ADDITIONAL.pattern(), m -> "has the unknown field \"" + m.group(1)
          + "\"; only the fields the API description lists are accepted"));

  private SchemaErrors() {
  }

  private static Rule rule(String regex, Function<Matcher, String> phrase) {
    return new Rule(Pattern.compile(regex), phrase);
  }

  /**
   * One sentence for the errors of a schema validation of {@code where}: "request body" or, for a
   * parameter, "query parameter limit" (as Vert.x names it).
   */
  static String describe(String where, OutputUnit result) {
    List<OutputUnit> errors = result == null || result.getErrors() == null ? List.of() : result.getErrors();
    if (errors.isEmpty()) {
      return Fields.subject(where, "#") + " is invalid" + (result != null && result.getError() != null
          ? ": " + result.getError() : "") + ".";
    }
    int deepest = errors.stream().filter(e -> !isSummary(e)).mapToInt(e -> depth(e.getInstanceLocation())).max()
        .orElse(errors.stream().mapToInt(e -> depth(e.getInstanceLocation())).max().orElse(0));
    OutputUnit chosen = errors.stream()
        .filter(e -> depth(e.getInstanceLocation()) == deepest)
        .min(Comparator.comparing(SchemaErrors::generality))
        .orElseThrow();
    if (isAdditionalProperties(chosen)) {
      // An unknown field is reported at the field's own location; the sentence names the object holding it.
      String location = chosen.getInstanceLocation();
      String parent = location.contains("/") ? location.substring(0, location.lastIndexOf('/')) : "#";
      return Fields.subject(where, parent.isEmpty() ? "#" : parent) + " " + phrase(chosen.getError()) + ".";
    }
    return Fields.subject(where, chosen.getInstanceLocation()) + " " + phrase(chosen.getError()) + ".";
  }

  static String phrase(String error) {
    for (Rule rule : RULES) {
      Matcher matcher = rule.pattern().matcher(error);
      if (matcher.matches()) {
        return rule.phrase().apply(matcher);
      }
    }
    return "is invalid: " + error;
  }

  private static String types(String expected) {
    String[] names = expected.replaceAll("[\\[\\]\"]", "").split(",\\s*");
    StringBuilder words = new StringBuilder();
    for (int i = 0; i < names.length; i++) {
      words.append(i == 0 ? "" : i == names.length - 1 ? " or " : ", ").append(type(names[i].trim()));
    }
    return words.toString();
  }

  private static String type(String name) {
    return TYPES.getOrDefault(name, name);
  }

  /** Summaries ("Property x does not match schema") only repeat the errors below them; prefer those. */
  private static int generality(OutputUnit error) {
    return isAdditionalProperties(error) ? 2 : isSummary(error) ? 1 : 0;
  }

  private static boolean isSummary(OutputUnit error) {
    return SUMMARY.matcher(String.valueOf(error.getError())).matches();
  }

  private static boolean isAdditionalProperties(OutputUnit error) {
    return ADDITIONAL.matcher(String.valueOf(error.getError())).matches();
  }

  private static int depth(String location) {
    return location == null ? 0 : location.split("/").length;
  }
}
