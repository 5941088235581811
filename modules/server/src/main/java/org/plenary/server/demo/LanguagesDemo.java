package org.plenary.server.demo;

import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Tuple;

/**
 * The member of France's delegation has chosen French for their account, as a French-speaking diplomat would: the
 * demo's daily digest for them is in French, and so are their interface and the API's refusals once they sign in.
 * France's delegate, the persona a newcomer tries first, keeps following the browser.
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
    return cast.participant("member-fra").compose(france -> pool.withTransaction(tx ->
        tx.preparedQuery(CHOOSE).execute(Tuple.of(france.id(), "fr")))).mapEmpty();
  }
}
