package org.plenary.testing;

import java.util.List;
import java.util.Set;
import org.plenary.platform.audit.AuditApi;
import org.plenary.platform.module.PlenaryModule;
import org.plenary.platform.organizations.AccreditationDisclosure;
import org.plenary.platform.organizations.OrganizationsApi;
import org.plenary.runtime.ContextAssembly.Kernel;

/** The platform's organizations and audit log, for a test server that runs some of the contexts. */
public final class Registry {

  private Registry() {
  }

  public static PlenaryModule withoutAccreditation(Kernel kernel) {
    return of(kernel, AccreditationDisclosure.ACCREDITED_ONLY, Set.of());
  }

  /** As the server shows them, with the accreditation context's rules on who sees what. */
  public static PlenaryModule of(Kernel kernel, AccreditationDisclosure disclosure, Set<String> actionsNamingObjectors) {
    return () -> List.of(new OrganizationsApi(kernel.organizations(), disclosure),
        new AuditApi(kernel.database().pool(), actionsNamingObjectors));
  }
}
