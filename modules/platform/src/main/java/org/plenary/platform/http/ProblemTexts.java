package org.plenary.platform.http;

import com.ibm.icu.text.MessageFormat;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.plenary.platform.i18n.Language;
import org.plenary.platform.i18n.Messages;

/**
 * A problem's title and detail in the reader's language, from the catalogue {@code i18n/problems_<code>.properties}:
 * {@code <rule>.title} and {@code <rule>.detail} (with {@code .<variant>} where one rule has several texts). Services
 * keep writing their refusals in English, and the English text picks its entry: the entry whose English pattern
 * gives that very text, with the arguments the failure names ({@code Failure.with}) or, failing those, the
 * arguments read off the English text where the pattern has its {@code {placeholders}}. A few arguments are
 * English words themselves ({@code phrase}: what a field "must be"; {@code reason}: why a record froze), worded in
 * turn from their own entries, and an entry fits only when they do. A text no entry gives
 * stays in English, so a reader is never shown a key or a half-filled sentence.
 */
public final class ProblemTexts {

  /** The catalogue, public so that the test keeping it whole reads the same one. */
  public static final Messages CATALOGUE = Messages.of("problems");
  private static final String PHRASE = "phrase";
  /**
   * The arguments that are English words themselves, each worded from its own entries: what a field must be
   * ({@code phrase.*}), a JSON type as a phrase names it ({@code type.*}), what a frozen record refused and why
   * ({@code refused.*}, {@code reason.*}).
   */
  private static final List<String> NESTED = List.of(PHRASE, "actual", "refused", "reason");
  /** Arguments named so ({@code fromLanguage}) hold a language's English name, which each catalogue names its way. */
  private static final String LANGUAGE_ARGUMENT = "Language";
  private static final Pattern NUMERIC_USE = Pattern.compile("\\{\\s*(\\w+)\\s*,\\s*(plural|number|selectordinal)");

  /** A title and a detail, and the language they are in (the reader's, or English where the catalogue has none). */
  public record Worded(String title, String detail, Language language) {
  }

  private record Entry(String key, String english, Pattern regex, List<String> arguments, int literalLength) {
  }

  private static final Map<String, List<Entry>> TITLES = new HashMap<>();
  private static final Map<String, List<Entry>> DETAILS = new HashMap<>();
  private static final Map<String, List<Entry>> PARTS = new HashMap<>();

  static {
    for (String key : CATALOGUE.keys(Language.EN)) {
      Entry entry = entry(key, CATALOGUE.patternIn(Language.EN, key));
      String prefix = key.substring(0, key.indexOf('.'));
      if (prefix.equals("type") || prefix.equals("language") || NESTED.contains(prefix)) {
        PARTS.computeIfAbsent(prefix.equals("type") ? "actual" : prefix, name -> new ArrayList<>()).add(entry);
      } else if (key.contains(".title")) {
        TITLES.computeIfAbsent(key.substring(0, key.indexOf(".title")), rule -> new ArrayList<>()).add(entry);
      } else if (key.contains(".detail")) {
        DETAILS.computeIfAbsent(key.substring(0, key.indexOf(".detail")), rule -> new ArrayList<>()).add(entry);
      }
    }
    Comparator<Entry> specificFirst = Comparator.comparingInt(Entry::literalLength).reversed();
    TITLES.values().forEach(entries -> entries.sort(specificFirst));
    DETAILS.values().forEach(entries -> entries.sort(specificFirst));
    PARTS.values().forEach(entries -> entries.sort(specificFirst));
  }

  private ProblemTexts() {
  }

  /** Whether the catalogue has a title for {@code rule}, for the test that keeps every rule in it. */
  public static boolean knows(String rule) {
    return TITLES.containsKey(rule);
  }

  /** The problem's title and detail in {@code language}, each in English where the catalogue does not give it. */
  public static Worded of(ApiProblem problem, Language language) {
    if (language == Language.EN) {
      return new Worded(problem.title(), problem.detail(), Language.EN);
    }
    String title = word(TITLES.getOrDefault(problem.type(), List.of()), problem.title(), Map.of(), language)
        .orElse(problem.title());
    Optional<String> detail = word(DETAILS.getOrDefault(problem.type(), List.of()), problem.detail(),
        problem.arguments(), language);
    return new Worded(title, detail.orElse(problem.detail()), detail.isPresent() ? language : Language.EN);
  }

  private static Optional<String> word(List<Entry> entries, String english, Map<String, Object> given,
      Language language) {
    if (english == null) {
      return Optional.empty();
    }
    if (!given.isEmpty()) {
      for (Entry entry : entries) {
        if (english.equals(format(entry.english(), Language.EN, given))) {
          return Optional.of(fill(entry.key(), language, given));
        }
      }
    }
    for (Entry entry : entries) {
      Matcher matcher = entry.regex().matcher(english);
      if (matcher.matches()) {
        Optional<Map<String, Object>> read = read(entry, matcher, language);
        if (read.isPresent()) {
          return Optional.of(fill(entry.key(), language, read.get()));
        }
      }
    }
    return Optional.empty();
  }

  /** The arguments of an entry's English pattern as the English text has them; a {@code phrase} is worded too. */
  private static Optional<Map<String, Object>> read(Entry entry, Matcher matcher, Language language) {
    Map<String, Object> arguments = new HashMap<>();
    for (int i = 0; i < entry.arguments().size(); i++) {
      String name = entry.arguments().get(i);
      String value = matcher.group("a" + i);
      if (name.endsWith(LANGUAGE_ARGUMENT)) {
        value = word(PARTS.getOrDefault("language", List.of()), value, Map.of(), language).orElse(value);
      } else if (NESTED.contains(name)) {
        Optional<String> phrase = word(PARTS.getOrDefault(name, List.of()), value, Map.of(), language);
        if (phrase.isEmpty()) {
          return Optional.empty();
        }
        value = phrase.get();
      }
      arguments.put(name, value);
    }
    return Optional.of(arguments);
  }

  /** {@code key}'s pattern in {@code language} with the arguments; a number the pattern counts is given as one. */
  private static String fill(String key, Language language, Map<String, Object> arguments) {
    String pattern = CATALOGUE.patternIn(language, key) == null ? CATALOGUE.patternIn(Language.EN, key)
        : CATALOGUE.patternIn(language, key);
    Map<String, Object> typed = new HashMap<>(arguments);
    Matcher numeric = NUMERIC_USE.matcher(pattern);
    while (numeric.find()) {
      Object value = typed.get(numeric.group(1));
      if (value instanceof String text && text.matches("-?\\d{1,18}")) {
        typed.put(numeric.group(1), Long.parseLong(text));
      }
    }
    return format(pattern, language, typed);
  }

  private static String format(String pattern, Language language, Map<String, Object> arguments) {
    return new MessageFormat(pattern, language.locale()).format(arguments);
  }

  /**
   * The entry of one English pattern: a regular expression that matches the texts it gives, each simple
   * {@code {name}} a lazy group (a name used twice must be the same text twice), ICU's quoting undone.
   */
  static Entry entry(String key, String english) {
    StringBuilder regex = new StringBuilder("(?s)");
    List<String> arguments = new ArrayList<>();
    StringBuilder literal = new StringBuilder();
    int literalLength = 0;
    for (int i = 0; i < english.length(); i++) {
      char c = english.charAt(i);
      if (c == '\'' && i + 1 < english.length() && english.charAt(i + 1) == '\'') {
        literal.append('\'');
        i++;
      } else if (c == '\'' && i + 1 < english.length() && "{}".indexOf(english.charAt(i + 1)) >= 0) {
        int end = english.indexOf('\'', i + 1);
        literal.append(english, i + 1, end < 0 ? english.length() : end);
        i = end < 0 ? english.length() : end;
      } else if (c == '{') {
        int end = english.indexOf('}', i);
        String name = english.substring(i + 1, end).trim();
        literalLength += literal.length();
        regex.append(Pattern.quote(literal.toString()));
        literal.setLength(0);
        int earlier = arguments.indexOf(name);
        regex.append(earlier >= 0 ? "\\k<a" + earlier + ">" : "(?<a" + arguments.size() + ">.+?)");
        if (earlier < 0) {
          arguments.add(name);
        }
        i = end;
      } else {
        literal.append(c);
      }
    }
    literalLength += literal.length();
    regex.append(Pattern.quote(literal.toString()));
    return new Entry(key, english, Pattern.compile(regex.toString()), List.copyOf(arguments), literalLength);
  }
}
