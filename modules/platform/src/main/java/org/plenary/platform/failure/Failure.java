package org.plenary.platform.failure;

import java.util.List;
import java.util.Map;

/**
 * Why a service refused what it was asked: one of a few kinds, the rule that refused it ({@code record-frozen},
 * {@code not-a-state-delegate}), a short title and a detail that says what is wrong in words a client developer
 * can act on, in English. It knows nothing of HTTP: the edge ({@code platform.http.ApiProblem}) turns each kind into
 * its status and the whole into problem+json, in the reader's language ({@code platform.http.ProblemTexts}).
 */
public final class Failure extends RuntimeException {

  /** What kind of refusal; each has one HTTP status at the edge. */
  public enum Kind {
    /** The request breaks a rule of its shape or content. */
    INVALID,
    /** Nobody is signed in, or the credentials do not hold. */
    UNAUTHENTICATED,
    /** The caller may not do this. */
    FORBIDDEN,
    /** There is no such thing for this caller (including things it may not know exist). */
    NOT_FOUND,
    /** The current state of the record does not allow it. */
    CONFLICT,
    /** Well-formed, but it names what does not exist (an unknown thread linked from an agenda item). */
    UNPROCESSABLE
  }

  private final Kind kind;
  private final String rule;
  private final String title;
  private final Map<String, Object> facts;
  private final Map<String, Object> arguments;

  private Failure(Kind kind, String rule, String title, String detail, Map<String, Object> facts) {
    this(kind, rule, title, detail, facts, Map.of());
  }

  private Failure(Kind kind, String rule, String title, String detail, Map<String, Object> facts,
      Map<String, Object> arguments) {
    super(detail, null, false, false);
    this.kind = kind;
    this.rule = rule;
    this.title = title;
    this.facts = Map.copyOf(facts);
    this.arguments = Map.copyOf(arguments);
  }

  public static Failure invalid(String detail) {
    return new Failure(Kind.INVALID, "invalid-request", "The request is not valid", detail, Map.of());
  }

  public static Failure invalid(String rule, String title, String detail) {
    return new Failure(Kind.INVALID, rule, title, detail, Map.of());
  }

  /** An invalid request with facts the client acts on (the part of a symbol that is wrong), sent beside the detail. */
  public static Failure invalid(String rule, String title, String detail, Map<String, Object> facts) {
    return new Failure(Kind.INVALID, rule, title, detail, facts);
  }

  /**
   * A value that breaks a rule of the contract, worded as the schema validator's problems are: {@code where} is
   * "request body" or "query parameter q", {@code location} a JSON pointer such as "#/guidingQuestions/2",
   * {@code rule} what it must be ("must contain visible characters").
   */
  public static Failure invalidAt(String where, String location, String rule) {
    return new Failure(Kind.INVALID, "invalid-request", "The request is not valid",
        Fields.subject(where, location) + " " + rule + ".",
        Map.of("errors", List.of(Map.of("location", location, "message", rule))));
  }

  public static Failure unauthenticated(String detail) {
    return new Failure(Kind.UNAUTHENTICATED, "unauthorized", "Authentication is required", detail, Map.of());
  }

  public static Failure unauthenticated(String rule, String title, String detail) {
    return new Failure(Kind.UNAUTHENTICATED, rule, title, detail, Map.of());
  }

  public static Failure forbidden(String detail) {
    return new Failure(Kind.FORBIDDEN, "forbidden", "This action is not allowed", detail, Map.of());
  }

  public static Failure forbidden(String rule, String title, String detail) {
    return new Failure(Kind.FORBIDDEN, rule, title, detail, Map.of());
  }

  public static Failure notFound(String detail) {
    return new Failure(Kind.NOT_FOUND, "not-found", "Not found", detail, Map.of());
  }

  public static Failure notFound(String rule, String title, String detail) {
    return new Failure(Kind.NOT_FOUND, rule, title, detail, Map.of());
  }

  public static Failure conflict(String detail) {
    return new Failure(Kind.CONFLICT, "conflict", "The request conflicts with the current state", detail, Map.of());
  }

  public static Failure conflict(String rule, String title, String detail) {
    return new Failure(Kind.CONFLICT, rule, title, detail, Map.of());
  }

  /** A conflict with facts the client acts on (the engagement that already exists), sent beside the detail. */
  public static Failure conflict(String rule, String title, String detail, Map<String, Object> facts) {
    return new Failure(Kind.CONFLICT, rule, title, detail, facts);
  }

  /** A request whose shape is right but which refers to what is not there; {@code rule} names which reference. */
  public static Failure unprocessable(String rule, String title, String detail) {
    return new Failure(Kind.UNPROCESSABLE, rule, title, detail, Map.of());
  }

  /**
   * The same failure with one named argument of its detail: the value the English detail has in it, which the
   * edge puts into the detail's translation ({@code i18n/problems_<code>.properties}, {@code <rule>.detail...}).
   * A failure without arguments is translated all the same: the edge reads them off its English detail.
   */
  public Failure with(String name, Object value) {
    Map<String, Object> more = new java.util.HashMap<>(arguments);
    more.put(name, value);
    return new Failure(kind, rule, title, getMessage(), facts, more);
  }

  /** Whether {@code failure} is a "not found": callers turn it into their own, saying no more than it. */
  public static boolean isNotFound(Throwable failure) {
    return failure instanceof Failure refused && refused.kind == Kind.NOT_FOUND;
  }

  public Kind kind() {
    return kind;
  }

  public String rule() {
    return rule;
  }

  public String title() {
    return title;
  }

  public String detail() {
    return getMessage();
  }

  /** The named arguments of the detail given with {@link #with}, for its translation. */
  public Map<String, Object> arguments() {
    return arguments;
  }

  /** Facts beside the detail: JSON-like values (strings, numbers, lists and maps of them). */
  public Map<String, Object> facts() {
    return facts;
  }
}
