package org.plenary.platform.i18n;

import com.ibm.icu.text.MessageFormat;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One catalogue of the server's texts ({@code i18n/<name>_<code>.properties}, UTF-8, ICU MessageFormat with
 * named arguments and CLDR plural rules), in the six languages. A key a language lacks falls back to English, so
 * a reader never sees a key; {@code CataloguesTest} keeps the six complete.
 */
public final class Messages {

  private static final Map<String, Messages> LOADED = new ConcurrentHashMap<>();

  private final String name;
  private final Map<Language, Properties> texts = new EnumMap<>(Language.class);

  private Messages(String name) {
    this.name = name;
    for (Language language : Language.values()) {
      texts.put(language, load(name, language));
    }
    if (texts.get(Language.EN).isEmpty()) {
      throw new IllegalStateException("no English catalogue i18n/" + name + "_en.properties on the class path");
    }
  }

  /** The catalogue called {@code name}, loaded once per process. */
  public static Messages of(String name) {
    return LOADED.computeIfAbsent(name, Messages::new);
  }

  public String name() {
    return name;
  }

  /** The text of {@code key} in {@code language}, its arguments ({@code {count, plural, one {...} other {...}}}) filled. */
  public String text(Language language, String key, Map<String, ?> arguments) {
    String pattern = pattern(language, key);
    return new MessageFormat(pattern, language.locale()).format(arguments);
  }

  public String text(Language language, String key) {
    return text(language, key, Map.of());
  }

  /** Whether the catalogue has {@code key} (in English, which every key has). */
  public boolean has(String key) {
    return texts.get(Language.EN).containsKey(key);
  }

  /** The keys of one language's file, for the test that keeps the six alike. */
  public Set<String> keys(Language language) {
    return texts.get(language).stringPropertyNames();
  }

  /** The pattern of {@code key} as written in one language's file, or null when that file lacks it. */
  public String patternIn(Language language, String key) {
    return texts.get(language).getProperty(key);
  }

  /**
   * What keeps this catalogue from being whole: a key one language has and another lacks, a pattern ICU cannot
   * read, or a pattern whose arguments differ from the English one's. Empty when the six files agree.
   */
  public List<String> gaps() {
    List<String> gaps = new ArrayList<>();
    Set<String> english = keys(Language.EN);
    for (Language language : Language.values()) {
      Set<String> own = keys(language);
      english.stream().filter(key -> !own.contains(key)).sorted()
          .forEach(key -> gaps.add(name + "_" + language.code() + " lacks " + key));
      own.stream().filter(key -> !english.contains(key)).sorted()
          .forEach(key -> gaps.add(name + "_" + language.code() + " has " + key + ", which English lacks"));
      for (String key : own) {
        try {
          Set<String> arguments = new MessageFormat(patternIn(language, key), language.locale()).getArgumentNames();
          if (english.contains(key) && !arguments.equals(
              new MessageFormat(patternIn(Language.EN, key), Language.EN.locale()).getArgumentNames())) {
            gaps.add(name + "_" + language.code() + " " + key + " takes " + arguments + ", unlike English");
          }
        } catch (IllegalArgumentException unreadable) {
          gaps.add(name + "_" + language.code() + " " + key + " is not an ICU message: " + unreadable.getMessage());
        }
      }
    }
    return gaps;
  }

  private String pattern(Language language, String key) {
    String own = texts.get(language).getProperty(key);
    if (own != null) {
      return own;
    }
    String english = texts.get(Language.EN).getProperty(key);
    if (english == null) {
      throw new IllegalArgumentException("the catalogue " + name + " has no key " + key);
    }
    return english;
  }

  private static Properties load(String name, Language language) {
    Properties properties = new Properties();
    String resource = "i18n/" + name + "_" + language.code() + ".properties";
    try (InputStream in = Messages.class.getClassLoader().getResourceAsStream(resource)) {
      if (in != null) {
        properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      }
    } catch (IOException unreadable) {
      throw new UncheckedIOException("cannot read " + resource, unreadable);
    }
    return properties;
  }
}
