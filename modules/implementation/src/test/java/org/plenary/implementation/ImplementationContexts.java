package org.plenary.implementation;

import java.time.Clock;
import java.util.List;
import org.plenary.runtime.ContextAssembly;
import org.plenary.testing.Registry;

/** National reports need no other context: their tests run them alone, with the platform's registry. */
public final class ImplementationContexts implements ContextAssembly {

  @Override
  public Assembled assemble(Kernel kernel) {
    return Assembled.of(List.of(Registry.withoutAccreditation(kernel),
        new Implementation(kernel.database().pool(), Clock.systemUTC())));
  }
}
