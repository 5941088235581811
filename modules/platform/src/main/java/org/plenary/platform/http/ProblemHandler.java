package org.plenary.platform.http;

import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.HttpException;
import io.vertx.json.schema.OutputUnit;
import io.vertx.openapi.validation.SchemaValidationException;
import io.vertx.openapi.validation.ValidatorException;
import java.util.UUID;
import java.util.function.Supplier;
import org.plenary.platform.database.DatabaseOutage;
import org.plenary.platform.failure.Failure;
import org.plenary.platform.translation.TranslationUnavailable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns every failure into an {@code application/problem+json} response: an unreachable database into a 503
 * with {@code Retry-After} (logged once per outage, by {@link DatabaseOutage}); unexpected ones are logged.
 */
public final class ProblemHandler implements Handler<RoutingContext> {

  public static final String CONTENT_TYPE = "application/problem+json";
  private static final Logger LOG = LoggerFactory.getLogger(ProblemHandler.class);

  private final long bodyLimitBytes;
  private final DatabaseOutage outage;

  /** {@code outage} is told of every failure that may be one, and logs each outage once. */
  public ProblemHandler(long bodyLimitBytes, DatabaseOutage outage) {
    this.bodyLimitBytes = bodyLimitBytes;
    this.outage = outage;
  }

  @Override
  public void handle(RoutingContext rc) {
    if (rc.response().closed()) {
      // The client is gone (or the shutdown's grace period is over): nobody to answer.
      LOG.debug("Failure on {} {} after its connection closed", rc.request().method(), rc.request().path(), rc.failure());
      return;
    }
    if (rc.response().headWritten()) {
      rc.response().reset();
      return;
    }
    send(rc, toProblem(rc));
  }

  /**
   * What must be done before a refusal is sent ({@code Supplier<Future<Void>>}): a request's Idempotency-Key is
   * given back first, so that a client correcting its request at once finds the key free, not still held.
   */
  public static final String BEFORE_REFUSAL = "plenary.beforeRefusal";

  /**
   * Sends {@code problem} with its title and detail in the reader's language ({@link ReaderLanguage}), saying
   * which in {@code Content-Language}; the answer may differ by {@code Accept-Language}, so caches are told.
   */
  public static void send(RoutingContext rc, ApiProblem problem) {
    Supplier<Future<Void>> before = rc.remove(BEFORE_REFUSAL);
    if (before != null) {
      before.get().onComplete(done -> write(rc, problem));
      return;
    }
    write(rc, problem);
  }

  private static void write(RoutingContext rc, ApiProblem problem) {
    if (rc.response().ended()) {
      return;
    }
    ProblemTexts.Worded worded = ProblemTexts.of(problem, ReaderLanguage.of(rc));
    if (problem.status() == 401) {
      rc.response().putHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
    }
    if (problem instanceof ServiceUnavailable unavailable) {
      rc.response().putHeader("Retry-After", String.valueOf(unavailable.retryAfterSeconds()));
    }
    rc.response()
        .setStatusCode(problem.status())
        .putHeader("Content-Type", CONTENT_TYPE)
        .putHeader("Content-Language", worded.language().code())
        .putHeader("Vary", "Accept-Language")
        .end(problem.toJson(rc.request().path()).put("title", worded.title()).put("detail", worded.detail()).encode());
  }

  private ApiProblem toProblem(RoutingContext rc) {
    Throwable failure = rc.failure();
    if (failure instanceof ApiProblem problem) {
      return problem;
    }
    if (failure instanceof Failure refused) {
      return ApiProblem.of(refused);
    }
    if (failure instanceof TranslationUnavailable unavailable) {
      LOG.warn("Translation not available on {}: {}", rc.request().path(), unavailable.getMessage());
      return ServiceUnavailable.translationUnavailable();
    }
    if (failure instanceof DecodeException) {
      return ApiProblem.badRequest("The request body is not well-formed JSON: " + failure.getMessage());
    }
    if (failure instanceof HttpException http) {
      return fromHttpException(http);
    }
    if (failure == null) {
      return rc.statusCode() == 413 ? bodyTooLarge() : fromStatus(rc.statusCode());
    }
    if (outage.report(failure)) {
      return ServiceUnavailable.databaseUnreachable();
    }
    if (DatabaseOutage.isSaturated(failure)) {
      return ServiceUnavailable.overloaded(1);
    }
    if (rc.statusCode() >= 400 && rc.statusCode() < 500) {
      // Vert.x itself refused the request (no Host header, say): the client's fault, and its message says why.
      return withDetail(fromStatus(rc.statusCode()), failure.getMessage());
    }
    String errorId = UUID.randomUUID().toString();
    LOG.error("Unexpected failure {} on {} {}", errorId, rc.request().method(), rc.request().path(), failure);
    return new ApiProblem(500, "internal-error", "Internal server error",
        "Something went wrong on our side; quote error id " + errorId + " when you report it.");
  }

  private ApiProblem bodyTooLarge() {
    return new ApiProblem(413, "body-too-large", "The request body is too large",
        "The request body exceeds the limit of " + bodyLimitBytes + " bytes.");
  }

  private ApiProblem fromHttpException(HttpException http) {
    if (http.getStatusCode() == 413) {
      return bodyTooLarge();
    }
    if (http.getCause() instanceof SchemaValidationException schema) {
      String where = String.valueOf(schema.getMessage()).contains("request body") ? "request body"
          : String.valueOf(schema.getMessage()).replaceFirst("(?s)The value of (.*?) is invalid.*", "$1");
      return new ApiProblem(400, "invalid-request", "The request is not valid",
          SchemaErrors.describe(where, schema.getOutputUnit()),
          new JsonObject().put("errors", schemaErrors(schema.getOutputUnit())));
    }
    if (http.getCause() instanceof ValidatorException validator) {
      return fromValidator(validator);
    }
    return withDetail(fromStatus(http.getStatusCode()), http.getPayload());
  }

  private static ApiProblem fromValidator(ValidatorException validator) {
    String message = String.valueOf(validator.getMessage());
    if (isUndecodableBody(validator)) {
      return ApiProblem.badRequest("The request body is not valid JSON.");
    }
    if (message.startsWith("The related request does not contain the required body")) {
      return ApiProblem.badRequest("This operation needs a JSON request body (Content-Type: application/json), and the"
          + " request has none.");
    }
    if (message.startsWith("The format of the request body is not supported")) {
      return fromStatus(415);
    }
    return ApiProblem.badRequest(message.endsWith(".") ? message : message + ".");
  }

  private static ApiProblem withDetail(ApiProblem problem, String detail) {
    return detail == null || detail.isBlank() ? problem
        : new ApiProblem(problem.status(), problem.type(), problem.title(), detail.endsWith(".") ? detail : detail + ".");
  }

  private static boolean isUndecodableBody(ValidatorException validator) {
    return String.valueOf(validator.getMessage()).startsWith("The request body can't be decoded");
  }

  private static JsonArray schemaErrors(OutputUnit unit) {
    JsonArray errors = new JsonArray();
    if (unit == null || unit.getErrors() == null) {
      return errors;
    }
    for (OutputUnit error : unit.getErrors()) {
      errors.add(new JsonObject()
          .put("location", error.getInstanceLocation())
          .put("message", error.getError()));
    }
    return errors;
  }

  private static ApiProblem fromStatus(int status) {
    return switch (status) {
      case 400 -> ApiProblem.badRequest("The request could not be understood.");
      case 401 -> ApiProblem.unauthorized("A valid bearer token is required.");
      case 403 -> ApiProblem.forbidden("You may not do this.");
      case 404 -> ApiProblem.notFound("There is nothing at this address.");
      case 405 -> new ApiProblem(405, "method-not-allowed", "Method not allowed",
          "This address does not accept that HTTP method.");
      case 415 -> new ApiProblem(415, "unsupported-media-type", "Unsupported media type",
          "This operation takes its request body as JSON only: send it with Content-Type: application/json.");
      default -> new ApiProblem(status, "http-" + status, "HTTP " + status, "The request failed with status " + status + ".");
    };
  }
}
