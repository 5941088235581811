package org.plenary.implementation;

import java.time.Clock;
import java.util.List;
import org.plenary.capacity.Capacity;
import org.plenary.platform.search.PostgresSearchIndex;
import org.plenary.runtime.ContextAssembly;
import org.plenary.testing.Registry;

/**
 * National reports run on the capacity board (a report's needs become its needs) and the registry; the forum is on
 * the test classpath only for the search index's table the board writes.
 */
public final class ImplementationContexts implements ContextAssembly {

  @Override
  public Assembled assemble(Kernel kernel) {
    var pool = kernel.database().pool();
    Capacity capacity = new Capacity(kernel.vertx(), pool, Clock.systemUTC(), new PostgresSearchIndex());
    return Assembled.of(List.of(Registry.withoutAccreditation(kernel), capacity,
        new Implementation(pool, Clock.systemUTC(), capacity.needsPort())));
  }
}
