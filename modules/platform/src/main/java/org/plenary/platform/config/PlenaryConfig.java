package org.plenary.platform.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * Everything the server reads from its environment. Every variable is documented in README.md;
 * nothing else configures the server, and no secret has a default.
 */
public record PlenaryConfig(
    Environment environment,
    int httpPort,
    String publicUrl,
    Optional<String> databaseUrl,
    Path dataDirectory,
    Optional<String> oidcIssuer,
    String oidcAudience,
    String oidcClientId,
    long bodyLimitBytes,
    int databasePoolSize,
    boolean seedDemoContent,
    Duration shutdownGrace,
    int maxRequestsInFlight) {

  /** Bounds of {@code PLENARY_MAX_REQUESTS_IN_FLIGHT}, as README.md documents them. */
  public static final int MIN_REQUESTS_IN_FLIGHT = 1;
  public static final int MAX_REQUESTS_IN_FLIGHT = 10_000;
  /** Bounds of {@code PLENARY_SHUTDOWN_GRACE_SECONDS}. */
  public static final int MAX_SHUTDOWN_GRACE_SECONDS = 600;

  public enum Environment { DEV, PRODUCTION }

  public static PlenaryConfig fromEnvironment(Map<String, String> env) {
    Environment environment = parseEnvironment(env.getOrDefault("PLENARY_ENV", "dev"));
    int port = intValue(env, "PLENARY_HTTP_PORT", 8080);
    String publicUrl = stripTrailingSlash(env.getOrDefault("PLENARY_PUBLIC_URL", "http://localhost:" + port));
    return new PlenaryConfig(
        environment,
        port,
        publicUrl,
        Optional.ofNullable(blankToNull(env.get("PLENARY_DB_URL"))),
        Path.of(env.getOrDefault("PLENARY_DATA_DIR", "data")).toAbsolutePath(),
        Optional.ofNullable(blankToNull(env.get("PLENARY_OIDC_ISSUER"))).map(PlenaryConfig::stripTrailingSlash),
        env.getOrDefault("PLENARY_OIDC_AUDIENCE", "plenary-api"),
        env.getOrDefault("PLENARY_OIDC_CLIENT_ID", "plenary-web"),
        intValue(env, "PLENARY_BODY_LIMIT_BYTES", 256 * 1024),
        intValue(env, "PLENARY_DB_POOL_SIZE", 16),
        Boolean.parseBoolean(env.getOrDefault("PLENARY_DEMO_CONTENT", String.valueOf(environment == Environment.DEV))),
        Duration.ofSeconds(boundedInt(env, "PLENARY_SHUTDOWN_GRACE_SECONDS", 10, 0, MAX_SHUTDOWN_GRACE_SECONDS)),
        boundedInt(env, "PLENARY_MAX_REQUESTS_IN_FLIGHT", 64, MIN_REQUESTS_IN_FLIGHT, MAX_REQUESTS_IN_FLIGHT));
  }

  public boolean isDev() {
    return environment == Environment.DEV;
  }

  /** The dev issuer is served by this server itself; in production an external issuer is required. */
  public String effectiveIssuer() {
    return oidcIssuer.orElse(publicUrl + "/dev-idp");
  }

  public boolean usesDevIdentityProvider() {
    return oidcIssuer.isEmpty();
  }

  private static Environment parseEnvironment(String value) {
    try {
      return Environment.valueOf(value.trim().toUpperCase());
    } catch (IllegalArgumentException e) {
      throw new ConfigurationException("PLENARY_ENV must be 'dev' or 'production', not '" + value + "'");
    }
  }

  private static int intValue(Map<String, String> env, String name, int defaultValue) {
    String value = env.get(name);
    if (value == null || value.isBlank()) {
      return defaultValue;
    }
    try {
      return Integer.parseInt(value.trim());
    } catch (NumberFormatException e) {
      throw new ConfigurationException(name + " must be a whole number, not '" + value + "'");
    }
  }

  private static int boundedInt(Map<String, String> env, String name, int defaultValue, int min, int max) {
    int value = intValue(env, name, defaultValue);
    if (value < min || value > max) {
      throw new ConfigurationException(name + " must be between " + min + " and " + max + ", not " + value);
    }
    return value;
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }

  private static String stripTrailingSlash(String url) {
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }
}
