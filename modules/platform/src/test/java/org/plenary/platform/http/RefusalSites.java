package org.plenary.platform.http;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Every place in the main sources of all modules that refuses a request: a {@code Failure} factory, an
 * {@code ApiProblem} made at the edge, a {@code ServiceUnavailable}. Each site's rule, and its title and detail as
 * the English text they give with a sample for each dynamic part, so a test can ask the catalogue for them.
 */
final class RefusalSites {

  /** One refusal in the sources; {@code title} and {@code detail} are empty where no sample can stand for them. */
  record Site(String where, String rule, Optional<String> title, Optional<String> detail) {
  }

  private static final Pattern CALL = Pattern.compile("(Failure\\.(invalid|unauthenticated|forbidden|notFound"
      + "|conflict|unprocessable)|ApiProblem\\.(badRequest|unauthorized|forbidden|notFound)|new ApiProblem"
      + "|new ServiceUnavailable)\\s*\\(");
  private static final Pattern LITERAL = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"");
  private static final Pattern TERNARY = Pattern.compile("\\(?[^?\"]+\\?\\s*(\"(?:[^\"\\\\]|\\\\.)*\")\\s*:\\s*"
      + "\"(?:[^\"\\\\]|\\\\.)*\"\\s*\\)?", Pattern.DOTALL);
  private static final Map<String, String[]> GENERIC = Map.of(
      "Failure.invalid", new String[] {"invalid-request", "The request is not valid"},
      "ApiProblem.badRequest", new String[] {"invalid-request", "The request is not valid"},
      "Failure.unauthenticated", new String[] {"unauthorized", "Authentication is required"},
      "ApiProblem.unauthorized", new String[] {"unauthorized", "Authentication is required"},
      "Failure.forbidden", new String[] {"forbidden", "This action is not allowed"},
      "ApiProblem.forbidden", new String[] {"forbidden", "This action is not allowed"},
      "Failure.notFound", new String[] {"not-found", "Not found"},
      "ApiProblem.notFound", new String[] {"not-found", "Not found"},
      "Failure.conflict", new String[] {"conflict", "The request conflicts with the current state"});

  private RefusalSites() {
  }

  /** The refusals of every module's main sources under {@code modules} (the factories' own bodies left out). */
  static List<Site> in(Path modules) {
    List<Site> sites = new ArrayList<>();
    try (Stream<Path> files = Files.walk(modules)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java") && f.toString().contains("/src/main/java/")
          && !f.endsWith("Failure.java") && !f.endsWith("ApiProblem.java")).sorted().toList()) {
        String source = Files.readString(file);
        Matcher call = CALL.matcher(source);
        while (call.find()) {
          List<String> arguments = arguments(source, call.end());
          String where = file.getFileName() + ":" + (source.substring(0, call.start()).split("\n", -1).length);
          site(where, call.group(1), arguments).ifPresent(sites::add);
        }
      }
    } catch (IOException unreadable) {
      throw new UncheckedIOException(unreadable);
    }
    return sites;
  }

  private static Optional<Site> site(String where, String factory, List<String> arguments) {
    String rule;
    String title;
    String detail;
    if (GENERIC.containsKey(factory) && arguments.size() == 1) {
      rule = "\"" + GENERIC.get(factory)[0] + "\"";
      title = "\"" + GENERIC.get(factory)[1] + "\"";
      detail = arguments.get(0);
    } else if (factory.equals("new ApiProblem") && arguments.size() >= 4) {
      rule = arguments.get(1);
      title = arguments.get(2);
      detail = arguments.get(3);
    } else if (factory.equals("new ServiceUnavailable") || arguments.size() < 3) {
      return Optional.empty();
    } else {
      rule = arguments.get(0);
      title = arguments.get(1);
      detail = arguments.get(2);
    }
    if (!LITERAL.matcher(rule).matches()) {
      return Optional.empty();
    }
    return Optional.of(new Site(where, text(rule).orElseThrow(), text(title), text(detail)));
  }

  /**
   * The English text a Java expression gives: string literals joined, each other operand of the {@code +} a sample
   * ("X1", "X2"; the same expression the same sample), a ternary between two literals its first; empty when the
   * text is no such join.
   */
  static Optional<String> text(String expression) {
    StringBuilder text = new StringBuilder();
    Map<String, String> samples = new HashMap<>();
    for (String operand : operands(expression)) {
      Matcher ternary = TERNARY.matcher(operand);
      if (LITERAL.matcher(operand).matches()) {
        text.append(unescape(operand));
      } else if (ternary.matches()) {
        text.append(unescape(ternary.group(1)));
      } else if (operand.contains("\"") || operand.contains("?") || operand.contains("switch")) {
        return Optional.empty();
      } else {
        text.append(samples.computeIfAbsent(operand, same -> "X" + (samples.size() + 1)));
      }
    }
    return text.isEmpty() || text.toString().matches("(X\\d+)+") ? Optional.empty() : Optional.of(text.toString());
  }

  private static String unescape(String literal) {
    return literal.substring(1, literal.length() - 1).replace("\\\"", "\"").replace("\\\\", "\\");
  }

  /** The operands of the top-level {@code +} of an expression. */
  private static List<String> operands(String expression) {
    List<String> operands = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    int depth = 0;
    for (int i = 0; i < expression.length(); i++) {
      char c = expression.charAt(i);
      if (c == '"') {
        int end = endOfLiteral(expression, i);
        current.append(expression, i, end + 1);
        i = end;
        continue;
      }
      depth += c == '(' || c == '{' || c == '[' ? 1 : c == ')' || c == '}' || c == ']' ? -1 : 0;
      if (c == '+' && depth == 0) {
        operands.add(current.toString().strip());
        current.setLength(0);
      } else {
        current.append(c);
      }
    }
    operands.add(current.toString().strip());
    return operands;
  }

  /** The arguments of a call whose opening parenthesis ends at {@code start}, split at its top-level commas. */
  private static List<String> arguments(String source, int start) {
    List<String> arguments = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    int depth = 0;
    for (int i = start; i < source.length(); i++) {
      char c = source.charAt(i);
      if (c == '"' || c == '\'') {
        int end = c == '"' ? endOfLiteral(source, i) : source.indexOf('\'', i + (source.charAt(i + 1) == '\\' ? 3 : 2));
        current.append(source, i, end + 1);
        i = end;
        continue;
      }
      if ((c == ')' || c == '}' || c == ']') && depth == 0) {
        arguments.add(current.toString().strip());
        return arguments;
      }
      depth += c == '(' || c == '{' || c == '[' ? 1 : c == ')' || c == '}' || c == ']' ? -1 : 0;
      if (c == ',' && depth == 0) {
        arguments.add(current.toString().strip());
        current.setLength(0);
      } else {
        current.append(c);
      }
    }
    return arguments;
  }

  private static int endOfLiteral(String source, int open) {
    int i = open + 1;
    while (source.charAt(i) != '"') {
      i += source.charAt(i) == '\\' ? 2 : 1;
    }
    return i;
  }
}
