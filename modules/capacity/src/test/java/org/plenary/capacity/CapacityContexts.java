package org.plenary.capacity;

import java.time.Clock;
import java.util.List;
import org.plenary.platform.search.PostgresSearchIndex;
import org.plenary.runtime.ContextAssembly;
import org.plenary.testing.Registry;

/**
 * The capacity board's tests run it alone, with the platform's registry: needs and offers need no other context
 * (the forum is on the test classpath only for the search index's table, which came with its migrations).
 */
public final class CapacityContexts implements ContextAssembly {

  @Override
  public Assembled assemble(Kernel kernel) {
    Capacity capacity = new Capacity(kernel.vertx(), kernel.database().pool(), Clock.systemUTC(),
        new PostgresSearchIndex());
    return Assembled.of(List.of(Registry.withoutAccreditation(kernel), capacity));
  }
}
