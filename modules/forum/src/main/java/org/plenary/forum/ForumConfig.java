package org.plenary.forum;

import java.util.Map;
import org.plenary.platform.config.Settings;

/**
 * The forum's settings, from the environment (documented in README.md): the longest first and second right of
 * reply a State may exercise in a thread on one day, in characters, as the General Assembly limits the
 * second to less time than the first.
 */
public record ForumConfig(int firstRightOfReplyMaxChars, int secondRightOfReplyMaxChars, long pageCacheBytes) {

  public static final String FIRST = "PLENARY_RIGHT_OF_REPLY_FIRST_MAX_CHARS";
  public static final String SECOND = "PLENARY_RIGHT_OF_REPLY_SECOND_MAX_CHARS";
  /** The memory the rendered pages of threads may take, in MiB (0 keeps none). */
  public static final String PAGE_CACHE_MB = "PLENARY_PAGE_CACHE_MB";
  private static final int PAGE_CACHE_DEFAULT_MB = 48;
  private static final long MIB = 1024 * 1024;
  private static final int SHORTEST = 100;
  /** A post's body holds at most this much (posts.yaml). */
  private static final int LONGEST = 50_000;

  public ForumConfig(int firstRightOfReplyMaxChars, int secondRightOfReplyMaxChars) {
    this(firstRightOfReplyMaxChars, secondRightOfReplyMaxChars, PAGE_CACHE_DEFAULT_MB * MIB);
  }

  public static ForumConfig defaults() {
    return new ForumConfig(1_500, 800);
  }

  public static ForumConfig fromEnvironment(Map<String, String> env) {
    Settings settings = Settings.of(env);
    int first = settings.integer(FIRST, defaults().firstRightOfReplyMaxChars(), 2 * SHORTEST, LONGEST);
    int second = settings.integer(SECOND, Math.min(defaults().secondRightOfReplyMaxChars(), first - 1), SHORTEST,
        first - 1, "the second right of reply is shorter than the first");
    long pageCache = settings.integer(PAGE_CACHE_MB, PAGE_CACHE_DEFAULT_MB, 0, 4096) * MIB;
    return new ForumConfig(first, second, pageCache);
  }
}
