package org.plenary.capacity.http;

import io.vertx.core.Future;
import io.vertx.ext.web.RoutingContext;
import java.util.Optional;
import org.plenary.capacity.domain.Viewer;
import org.plenary.capacity.store.OfferStore;
import org.plenary.platform.identity.Caller;
import org.plenary.platform.identity.Participant;

/** The viewer of a request; only a stakeholder's rights depend on whether it is a provider, so only then it is asked. */
final class Viewers {

  private final OfferStore offers;

  Viewers(OfferStore offers) {
    this.offers = offers;
  }

  Future<Viewer> of(RoutingContext rc) {
    Optional<Participant> participant = Caller.of(rc);
    if (participant.isEmpty() || !participant.get().organization().kind().isStakeholder()) {
      return Future.succeededFuture(new Viewer(participant, false));
    }
    return offers.isProvider(participant.get().organization().id()).map(provider -> new Viewer(participant, provider));
  }

  /** The viewer of a request that needs a signed-in participant (else a 401). */
  Future<Viewer> signedIn(RoutingContext rc) {
    Caller.require(rc);
    return of(rc);
  }
}
