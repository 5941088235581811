package org.plenary.platform.identity;

import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;
import java.util.function.Supplier;
import org.plenary.platform.http.ApiProblem;
import org.plenary.platform.http.ReaderLanguage;
import org.plenary.platform.http.ServiceUnavailable;

/**
 * Authenticates every API request that carries a bearer token and leaves anonymous ones anonymous;
 * each handler then decides, on the server, what the caller may do ({@link Caller}). A token that
 * is present but not valid is always a 401, never silently anonymous.
 */
public final class BearerAuthentication implements Handler<RoutingContext> {

  private final Supplier<OidcTokenVerifier> verifier;
  private final ParticipantDirectory directory;

  /** {@code verifier} yields null until the issuer's keys are loaded. */
  public BearerAuthentication(Supplier<OidcTokenVerifier> verifier, ParticipantDirectory directory) {
    this.verifier = verifier;
    this.directory = directory;
  }

  @Override
  public void handle(RoutingContext rc) {
    String header = rc.request().getHeader("Authorization");
    if (header == null) {
      rc.next();
      return;
    }
    if (!header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      rc.fail(ApiProblem.unauthorized("Use 'Authorization: Bearer <access token>'."));
      return;
    }
    OidcTokenVerifier current = verifier.get();
    if (current == null) {
      rc.fail(ServiceUnavailable.identityUnavailable());
      return;
    }
    current.verify(header.substring(7).trim())
        .recover(reason -> Future.failedFuture(ApiProblem.unauthorized("The bearer token was refused: "
            + reason.getMessage() + ".")))
        .compose(directory::signIn)
        .onSuccess(signedIn -> {
          rc.put(Caller.KEY, signedIn.participant());
          signedIn.language().ifPresent(language -> rc.put(ReaderLanguage.PREFERENCE_KEY, language));
          rc.next();
        })
        .onFailure(rc::fail);
  }
}
