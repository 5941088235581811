package org.plenary.implementation.store;

import static org.plenary.implementation.store.CycleStore.utc;

import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Tuple;
import java.time.Instant;
import java.util.List;
import org.plenary.implementation.domain.CompiledReport;

/** The reports a compilation holds, read from the publications as they were made. */
public final class CompilationStore {

  private final Pool pool;

  public CompilationStore(Pool pool) {
    this.pool = pool;
  }

  /**
   * Per State of the cycle, the version it published last before {@code before}, among the publications the reader
   * may read ({@code readsStates}: those for States too).
   */
  public Future<List<CompiledReport>> compiled(String cycleId, Instant before, boolean readsStates) {
    return pool.preparedQuery(ImplementationQueries.COMPILED).execute(Tuple.of(cycleId, utc(before), readsStates))
        .map(rows -> Rows.all(rows, Rows::compiled));
  }
}
