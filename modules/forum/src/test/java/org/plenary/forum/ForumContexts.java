package org.plenary.forum;

import java.util.List;
import org.plenary.accreditation.Accreditation;
import org.plenary.accreditation.AccreditationConfig;
import org.plenary.platform.search.PostgresSearchIndex;
import org.plenary.runtime.ContextAssembly;
import org.plenary.testing.Registry;

/**
 * The forum's tests run the forum with the platform's registry and the accreditation context (which decides who
 * may write: a withdrawn stakeholder writes nothing), and no other context.
 */
public final class ForumContexts implements ContextAssembly {

  @Override
  public Assembled assemble(Kernel kernel) {
    Forum forum = new Forum(kernel.database().pool(), new PostgresSearchIndex(),
        ForumConfig.fromEnvironment(kernel.env()));
    Accreditation accreditation = new Accreditation(kernel.vertx(), kernel.database().pool(), kernel.organizations(),
        kernel.participants(), AccreditationConfig.fromEnvironment(kernel.env()));
    return Assembled.of(List.of(Registry.of(kernel, accreditation.disclosure(), accreditation.auditActionsNamingObjectors()),
        forum, accreditation));
  }
}
