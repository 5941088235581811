package org.plenary.platform.config;

import static org.plenary.platform.config.ConfigurationException.invalid;
import static org.plenary.platform.config.ConfigurationException.quoted;

import java.math.BigInteger;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;

/**
 * The one reader of the server's settings (README.md lists them), over the environment, so that every context
 * reads its variables the same way: a variable unset or blank takes its default, a value is read without the
 * spaces around it, and a value the server cannot use stops it with a {@link ConfigurationException} naming the
 * variable, what it must be and what it was. Defaults are the caller's and are not checked.
 */
public final class Settings {

  private final Map<String, String> env;

  private Settings(Map<String, String> env) {
    this.env = env;
  }

  public static Settings of(Map<String, String> env) {
    return new Settings(env);
  }

  /** The value without its surrounding spaces, or empty when unset or blank. */
  public Optional<String> string(String name) {
    String value = env.get(name);
    return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
  }

  public String string(String name, String defaultValue) {
    return string(name).orElse(defaultValue);
  }

  /**
   * A secret exactly as written (a password may begin or end with a space), or empty when unset or blank. A
   * failure about it must describe it, never quote it.
   */
  public Optional<String> secret(String name) {
    String value = env.get(name);
    return value == null || value.isBlank() ? Optional.empty() : Optional.of(value);
  }

  /** Any whole number that fits an {@code int}: what {@link Integer#parseInt} reads (a sign, digits). */
  public int integer(String name, int defaultValue) {
    return integer(name, defaultValue, Integer.MIN_VALUE, Integer.MAX_VALUE, "");
  }

  /** A whole number from {@code min} to {@code max}; {@code Integer.MAX_VALUE} as {@code max} means no upper bound. */
  public int integer(String name, int defaultValue, int min, int max) {
    return integer(name, defaultValue, min, max, "");
  }

  /** As {@link #integer(String, int, int, int)}, with {@code why}, in parentheses, telling where a bound comes from. */
  public int integer(String name, int defaultValue, int min, int max, String why) {
    Optional<String> value = string(name);
    if (value.isEmpty()) {
      return defaultValue;
    }
    boolean unbounded = min == Integer.MIN_VALUE && max == Integer.MAX_VALUE;
    String note = why.isEmpty() ? "" : " (" + why + ")";
    BigInteger number;
    try {
      number = new BigInteger(value.get());
    } catch (NumberFormatException e) {
      String bounds = unbounded ? "" : max == Integer.MAX_VALUE ? " of at least " + min : " between " + min + " and " + max;
      throw invalid(name, "a whole number" + bounds + note, quoted(value.get()));
    }
    if (number.compareTo(BigInteger.valueOf(min)) < 0 || number.compareTo(BigInteger.valueOf(max)) > 0) {
      // Unbounded, the number is still beyond what an int holds, and the bounds are that.
      String bounds = max == Integer.MAX_VALUE && !unbounded ? "at least " + min : "between " + min + " and " + max;
      throw invalid(name, bounds + note, value.get());
    }
    return number.intValue();
  }

  /** A duration written as a whole number of seconds (the variables' names end in {@code _SECONDS}). */
  public Duration seconds(String name, int defaultSeconds, int min, int max) {
    return Duration.ofSeconds(integer(name, defaultSeconds, min, max));
  }

  /** {@code true} or {@code false}, in any case. */
  public boolean bool(String name, boolean defaultValue) {
    return Boolean.parseBoolean(oneOf(name, String.valueOf(defaultValue), "true", "false"));
  }

  /** One of {@code choices}, in any case, given back as the choice is written. */
  public String oneOf(String name, String defaultValue, String... choices) {
    Optional<String> value = string(name);
    if (value.isEmpty()) {
      return defaultValue;
    }
    return Arrays.stream(choices).filter(choice -> choice.equalsIgnoreCase(value.get())).findFirst()
        .orElseThrow(() -> invalid(name, choices(choices), quoted(value.get())));
  }

  /** An absolute {@code http} or {@code https} URL, without a trailing slash; empty when unset or blank. */
  public Optional<String> url(String name) {
    return string(name).map(value -> {
      if (!isHttpUrl(value)) {
        throw invalid(name, "an http:// or https:// URL", quoted(value));
      }
      return value.endsWith("/") ? value.substring(0, value.length() - 1) : value;
    });
  }

  public String url(String name, String defaultValue) {
    return url(name).orElse(defaultValue);
  }

  private static boolean isHttpUrl(String value) {
    try {
      URI uri = new URI(value);
      // The authority, not the host: java.net.URI has no host for names such as docker_service:8080.
      return uri.getScheme() != null && uri.getScheme().matches("(?i)https?") && uri.getRawAuthority() != null;
    } catch (URISyntaxException e) {
      return false;
    }
  }

  private static String choices(String... choices) {
    int last = choices.length - 1;
    return last == 0 ? choices[0] : String.join(", ", Arrays.copyOf(choices, last)) + " or " + choices[last];
  }
}
