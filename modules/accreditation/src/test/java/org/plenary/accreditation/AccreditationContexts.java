package org.plenary.accreditation;

import java.util.List;
import org.plenary.forum.Forum;
import org.plenary.forum.ForumConfig;
import org.plenary.platform.search.PostgresSearchIndex;
import org.plenary.runtime.ContextAssembly;
import org.plenary.testing.Registry;

/**
 * Accreditation's tests run it with the platform's registry (whose pages it decides who sees) and the forum, where
 * what an accreditation grants shows: an accredited stakeholder posts, a pending or withdrawn one does not.
 */
public final class AccreditationContexts implements ContextAssembly {

  @Override
  public Assembled assemble(Kernel kernel) {
    Accreditation accreditation = new Accreditation(kernel.vertx(), kernel.database().pool(), kernel.organizations(),
        kernel.participants(), AccreditationConfig.fromEnvironment(kernel.env()));
    Forum forum = new Forum(kernel.database().pool(), new PostgresSearchIndex(),
        ForumConfig.fromEnvironment(kernel.env()));
    return Assembled.of(List.of(
        Registry.of(kernel, accreditation.disclosure(), accreditation.auditActionsNamingObjectors()), forum,
        accreditation));
  }
}
