package org.plenary.platform.http;

import io.vertx.core.json.JsonObject;
import org.plenary.platform.database.DatabaseOutage;
import org.plenary.platform.translation.TranslationUnavailable;

/**
 * A 503: the request was not served for a passing reason, and may be sent again after {@code Retry-After}
 * seconds, which {@link ProblemHandler} sends as that header and in the problem as {@code retryAfter}.
 */
public final class ServiceUnavailable extends ApiProblem {

  private final int retryAfterSeconds;

  private ServiceUnavailable(String type, String title, String detail, int retryAfterSeconds) {
    super(503, type, title, detail, new JsonObject().put("retryAfter", retryAfterSeconds));
    this.retryAfterSeconds = retryAfterSeconds;
  }

  /** The database cannot be reached; a write cut off on its way may nevertheless have been stored. */
  public static ServiceUnavailable databaseUnreachable() {
    return new ServiceUnavailable("database-unavailable", "The database is not reachable",
        "The server cannot reach its database at the moment; retry in " + DatabaseOutage.RETRY_AFTER_SECONDS
            + " seconds. A write interrupted on its way may have been stored: send it again with the same"
            + " Idempotency-Key so that it is not stored twice.", DatabaseOutage.RETRY_AFTER_SECONDS);
  }

  /** This server has as many requests in hand as it may take (or its database connections stay busy). */
  public static ServiceUnavailable overloaded(int retryAfterSeconds) {
    return new ServiceUnavailable("overloaded", "The server is busy",
        "The server is handling as many requests as it can; retry in " + retryAfterSeconds + " second"
            + (retryAfterSeconds == 1 ? "" : "s") + ".", retryAfterSeconds);
  }

  /** The identity provider's signing keys are not loaded yet. */
  public static ServiceUnavailable identityUnavailable() {
    return new ServiceUnavailable("identity-unavailable", "Identity provider not reachable yet",
        "The server has not yet loaded the signing keys of its identity provider; retry shortly.", 2);
  }

  /** The machine-translation engine failed or took too long: the original stands, the translation may come later. */
  public static ServiceUnavailable translationUnavailable() {
    return new ServiceUnavailable("translation-unavailable", "Translation not available",
        "The machine-translation engine did not translate this text just now; the original is unaffected. Retry in "
            + TranslationUnavailable.RETRY_AFTER_SECONDS + " seconds.", TranslationUnavailable.RETRY_AFTER_SECONDS);
  }

  public int retryAfterSeconds() {
    return retryAfterSeconds;
  }
}
