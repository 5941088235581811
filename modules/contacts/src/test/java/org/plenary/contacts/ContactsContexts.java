package org.plenary.contacts;

import java.time.Clock;
import java.util.List;
import org.plenary.capacity.Capacity;
import org.plenary.platform.search.PostgresSearchIndex;
import org.plenary.runtime.ContextAssembly;
import org.plenary.testing.Registry;

/**
 * The directory runs on the registry and the capacity board (a State whose contacts did not answer posts a training
 * need there); the forum is on the test classpath only for the search index's table, which the board writes.
 */
public final class ContactsContexts implements ContextAssembly {

  @Override
  public Assembled assemble(Kernel kernel) {
    var pool = kernel.database().pool();
    Capacity capacity = new Capacity(kernel.vertx(), pool, Clock.systemUTC(), new PostgresSearchIndex());
    Contacts contacts = new Contacts(pool, Clock.systemUTC(), kernel.config().publicUrl(), capacity.needsPort());
    return Assembled.of(List.of(Registry.withoutAccreditation(kernel), capacity, contacts));
  }
}
