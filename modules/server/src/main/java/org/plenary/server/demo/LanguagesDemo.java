package org.plenary.server.demo;

import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Tuple;

/**
 * France's delegate has chosen French for their account, as a French-speaking delegate would: the demo's
 * daily digest for them is in French (and so is their interface once they sign in), while the other personas
 * keep English or follow their browser.
 */
final class LanguagesDemo {

  private static final String CHOOSE = "UPDATE participant SET language = $2 WHERE id = $1";

  private final Pool pool;
  private final DemoCast cast;

  LanguagesDemo(Pool pool, DemoCast cast) {
    this.pool = pool;
    this.cast = cast;
  }

  Future<Void> play() {
    return cast.participant("delegate-fra").compose(france -> pool.withTransaction(tx ->
        tx.preparedQuery(CHOOSE).execute(Tuple.of(france.id(), "fr")))).mapEmpty();
  }
}
