package org.plenary.radar;

import java.time.Clock;
import java.util.List;
import org.plenary.accreditation.Accreditation;
import org.plenary.accreditation.AccreditationConfig;
import org.plenary.runtime.ContextAssembly;
import org.plenary.testing.Registry;

/**
 * The radar reads no other context; its tests run it beside accreditation, which accredits the stakeholders of
 * their own that rate.
 */
public final class RadarContexts implements ContextAssembly {

  @Override
  public Assembled assemble(Kernel kernel) {
    var pool = kernel.database().pool();
    Accreditation accreditation = new Accreditation(kernel.vertx(), pool, kernel.organizations(),
        kernel.participants(), AccreditationConfig.fromEnvironment(kernel.env()));
    return Assembled.of(List.of(Registry.withoutAccreditation(kernel), accreditation,
        new Radar(pool, Clock.systemUTC())));
  }
}
