package org.plenary.forum;

import java.util.Map;
import org.plenary.platform.config.ConfigurationException;

/**
 * The forum's settings, from the environment (documented in README.md): the longest first and second right of
 * reply a State may exercise in a thread on one day, in characters, as the General Assembly limits the
 * second to less time than the first.
 */
public record ForumConfig(int firstRightOfReplyMaxChars, int secondRightOfReplyMaxChars) {

  public static final String FIRST = "PLENARY_RIGHT_OF_REPLY_FIRST_MAX_CHARS";
  public static final String SECOND = "PLENARY_RIGHT_OF_REPLY_SECOND_MAX_CHARS";
  private static final int SHORTEST = 100;
  /** A post's body holds at most this much (posts.yaml). */
  private static final int LONGEST = 50_000;

  public static ForumConfig defaults() {
    return new ForumConfig(1_500, 800);
  }

  public static ForumConfig fromEnvironment(Map<String, String> env) {
    int first = chars(env, FIRST, defaults().firstRightOfReplyMaxChars(), 2 * SHORTEST, LONGEST);
    int second = chars(env, SECOND, Math.min(defaults().secondRightOfReplyMaxChars(), first - 1), SHORTEST, first - 1);
    return new ForumConfig(first, second);
  }

  private static int chars(Map<String, String> env, String name, int defaultValue, int min, int max) {
    String value = env.getOrDefault(name, "").trim();
    if (value.isEmpty()) {
      return defaultValue;
    }
    if (!value.matches("\\d{1,6}") || Integer.parseInt(value) < min || Integer.parseInt(value) > max) {
      throw new ConfigurationException(name + " must be a number of characters from " + SHORTEST + " to " + max
          + (name.equals(SECOND) ? " (the second right of reply is shorter than the first)" : "") + ", not '" + value + "'");
    }
    return Integer.parseInt(value);
  }
}
