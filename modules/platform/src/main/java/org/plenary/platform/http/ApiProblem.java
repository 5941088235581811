package org.plenary.platform.http;

import io.vertx.core.json.JsonObject;
import java.util.Map;
import org.plenary.platform.failure.Failure;

/**
 * An RFC 9457 problem: thrown (or failed with) anywhere in a request, rendered as
 * {@code application/problem+json} by {@link ProblemHandler}. The detail says what is wrong in words a
 * client developer can act on.
 */
public class ApiProblem extends RuntimeException {

  private final int status;
  private final String type;
  private final String title;
  private final JsonObject extensions;
  private final Map<String, Object> arguments;

  public ApiProblem(int status, String type, String title, String detail) {
    this(status, type, title, detail, new JsonObject());
  }

  public ApiProblem(int status, String type, String title, String detail, JsonObject extensions) {
    this(status, type, title, detail, extensions, Map.of());
  }

  /** {@code arguments} name the dynamic parts of the English detail, for its translation ({@link Failure#with}). */
  public ApiProblem(int status, String type, String title, String detail, JsonObject extensions,
      Map<String, Object> arguments) {
    super(detail, null, false, false);
    this.status = status;
    this.type = type;
    this.title = title;
    this.extensions = extensions;
    this.arguments = Map.copyOf(arguments);
  }

  public static ApiProblem badRequest(String detail) {
    return new ApiProblem(400, "invalid-request", "The request is not valid", detail);
  }

  /**
   * A request that breaks a rule of the contract, worded as the schema validator's problems are:
   * {@code where} is "request body" or "query parameter q", {@code location} a JSON pointer such as
   * "#/guidingQuestions/2", {@code rule} what it must be ("must contain visible characters").
   */
  public static ApiProblem invalid(String where, String location, String rule) {
    return of(Failure.invalidAt(where, location, rule));
  }

  public static ApiProblem unauthorized(String detail) {
    return new ApiProblem(401, "unauthorized", "Authentication is required", detail);
  }

  public static ApiProblem forbidden(String detail) {
    return new ApiProblem(403, "forbidden", "This action is not allowed", detail);
  }

  public static ApiProblem notFound(String detail) {
    return new ApiProblem(404, "not-found", "Not found", detail);
  }


  /** The problem a service's failure is at the edge: each kind has its status; the rule is the problem's type. */
  public static ApiProblem of(Failure failure) {
    int status = switch (failure.kind()) {
      case INVALID -> 400;
      case UNAUTHENTICATED -> 401;
      case FORBIDDEN -> 403;
      case NOT_FOUND -> 404;
      case CONFLICT -> 409;
      case UNPROCESSABLE -> 422;
    };
    return new ApiProblem(status, failure.rule(), failure.title(), failure.detail(), new JsonObject(failure.facts()),
        failure.arguments());
  }

  public int status() {
    return status;
  }

  public String type() {
    return type;
  }

  public String title() {
    return title;
  }

  public String detail() {
    return getMessage();
  }

  public Map<String, Object> arguments() {
    return arguments;
  }

  public JsonObject toJson(String instance) {
    JsonObject body = new JsonObject()
        .put("type", "/problems/" + type)
        .put("title", title)
        .put("status", status)
        .put("detail", detail());
    if (instance != null) {
      body.put("instance", instance);
    }
    extensions.forEach(entry -> body.put(entry.getKey(), entry.getValue()));
    return body;
  }
}
