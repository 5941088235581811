package org.plenary.profiles;

import java.time.Clock;
import java.util.List;
import org.plenary.accreditation.Accreditation;
import org.plenary.accreditation.AccreditationConfig;
import org.plenary.capacity.Capacity;
import org.plenary.drafts.Drafts;
import org.plenary.drafts.DraftsConfig;
import org.plenary.forum.Forum;
import org.plenary.forum.ForumConfig;
import org.plenary.implementation.Implementation;
import org.plenary.platform.search.PostgresSearchIndex;
import org.plenary.runtime.ContextAssembly;
import org.plenary.testing.Registry;

/**
 * Profiles run on every context they read (the forum, drafts, national reports, the board), with accreditation
 * (who takes part in the forum) and the registry.
 */
public final class ProfilesContexts implements ContextAssembly {

  @Override
  public Assembled assemble(Kernel kernel) {
    var pool = kernel.database().pool();
    var search = new PostgresSearchIndex();
    Forum forum = new Forum(pool, search, ForumConfig.fromEnvironment(kernel.env()));
    Accreditation accreditation = new Accreditation(kernel.vertx(), pool, kernel.organizations(),
        kernel.participants(), AccreditationConfig.fromEnvironment(kernel.env()));
    Drafts drafts = new Drafts(pool, forum.access(), kernel.organizations(), DraftsConfig.fromEnvironment(kernel.env()));
    Capacity capacity = new Capacity(kernel.vertx(), pool, Clock.systemUTC(), search);
    Implementation implementation = new Implementation(pool, Clock.systemUTC(), capacity.needsPort(), search);
    Profiles profiles = new Profiles(new Ports(kernel.organizations(), forum.access(), drafts.stateStances(),
        implementation.record(), capacity.record()));
    return Assembled.of(List.of(
        Registry.of(kernel, accreditation.disclosure(), accreditation.auditActionsNamingObjectors()), forum,
        accreditation, drafts, capacity, implementation, profiles));
  }
}
