package org.plenary.platform.identity;

import io.vertx.ext.web.RoutingContext;
import java.util.Optional;
import org.plenary.platform.failure.Failure;

/** Who is asking: the authenticated participant of a request, if any. */
public final class Caller {

  static final String KEY = "plenary.participant";

  private Caller() {
  }

  public static Optional<Participant> of(RoutingContext rc) {
    return Optional.ofNullable(rc.get(KEY));
  }

  /** The participant, or a 401 problem for an anonymous request. */
  public static Participant require(RoutingContext rc) {
    return of(rc).orElseThrow(() -> Failure.unauthenticated("Sign in first: this action needs a bearer token."));
  }
}
