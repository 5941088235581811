package org.plenary.drafts;

import java.util.List;
import org.plenary.accreditation.Accreditation;
import org.plenary.accreditation.AccreditationConfig;
import org.plenary.forum.Forum;
import org.plenary.forum.ForumConfig;
import org.plenary.platform.search.PostgresSearchIndex;
import org.plenary.runtime.ContextAssembly;
import org.plenary.testing.Registry;

/**
 * The drafts' tests run them on the forum (a draft is negotiated in a thread) with accreditation (who may
 * contribute to a paragraph) and the platform's registry.
 */
public final class DraftsContexts implements ContextAssembly {

  @Override
  public Assembled assemble(Kernel kernel) {
    var pool = kernel.database().pool();
    Forum forum = new Forum(pool, new PostgresSearchIndex(), ForumConfig.fromEnvironment(kernel.env()));
    Accreditation accreditation = new Accreditation(kernel.vertx(), pool, kernel.organizations(),
        kernel.participants(), AccreditationConfig.fromEnvironment(kernel.env()));
    Drafts drafts = new Drafts(pool, forum.access(), kernel.organizations(), DraftsConfig.fromEnvironment(kernel.env()));
    return Assembled.of(List.of(
        Registry.of(kernel, accreditation.disclosure(), accreditation.auditActionsNamingObjectors()), forum,
        accreditation, drafts));
  }
}
