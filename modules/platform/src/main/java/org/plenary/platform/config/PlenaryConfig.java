package org.plenary.platform.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
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
    Settings settings = Settings.of(env);
    Environment environment = Environment.valueOf(
        settings.oneOf("PLENARY_ENV", "dev", "dev", "production").toUpperCase(Locale.ROOT));
    int port = settings.integer("PLENARY_HTTP_PORT", 8080);
    return new PlenaryConfig(
        environment,
        port,
        settings.url("PLENARY_PUBLIC_URL", "http://localhost:" + port),
        settings.string("PLENARY_DB_URL"),
        Path.of(settings.string("PLENARY_DATA_DIR", "data")).toAbsolutePath(),
        settings.url("PLENARY_OIDC_ISSUER"),
        settings.string("PLENARY_OIDC_AUDIENCE", "plenary-api"),
        settings.string("PLENARY_OIDC_CLIENT_ID", "plenary-web"),
        settings.integer("PLENARY_BODY_LIMIT_BYTES", 256 * 1024),
        settings.integer("PLENARY_DB_POOL_SIZE", 16),
        settings.bool("PLENARY_DEMO_CONTENT", environment == Environment.DEV),
        settings.seconds("PLENARY_SHUTDOWN_GRACE_SECONDS", 10, 0, MAX_SHUTDOWN_GRACE_SECONDS),
        settings.integer("PLENARY_MAX_REQUESTS_IN_FLIGHT", 64, MIN_REQUESTS_IN_FLIGHT, MAX_REQUESTS_IN_FLIGHT));
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
}
