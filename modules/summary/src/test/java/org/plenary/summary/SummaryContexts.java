package org.plenary.summary;

import java.time.Clock;
import java.util.List;
import org.plenary.accreditation.Accreditation;
import org.plenary.accreditation.AccreditationConfig;
import org.plenary.capacity.Capacity;
import org.plenary.drafts.Drafts;
import org.plenary.drafts.DraftsConfig;
import org.plenary.forum.Forum;
import org.plenary.forum.ForumConfig;
import org.plenary.forum.api.KnownDocuments;
import org.plenary.implementation.Implementation;
import org.plenary.platform.search.PostgresSearchIndex;
import org.plenary.runtime.ContextAssembly;
import org.plenary.testing.Registry;

/**
 * The summaries' tests run them on what a summary is made of: the forum's threads, and the drafts whose consensus
 * a draft thread's summary reports (with accreditation, which decides who may take part), and the registry; and
 * national implementation (on the capacity board it needs), whose good practices summaries cite.
 */
public final class SummaryContexts implements ContextAssembly {

  @Override
  public Assembled assemble(Kernel kernel) {
    var pool = kernel.database().pool();
    var env = kernel.env();
    PostgresSearchIndex index = new PostgresSearchIndex();
    Capacity capacity = new Capacity(kernel.vertx(), pool, Clock.systemUTC(), index);
    Implementation practices = new Implementation(pool, Clock.systemUTC(), capacity.needsPort(), index);
    Forum forum = new Forum(pool, index, ForumConfig.fromEnvironment(env), KnownDocuments.NONE,
        practices.citedPractices());
    Accreditation accreditation = new Accreditation(kernel.vertx(), pool, kernel.organizations(),
        kernel.participants(), AccreditationConfig.fromEnvironment(env));
    Drafts drafts = new Drafts(pool, forum.access(), kernel.organizations(), DraftsConfig.fromEnvironment(env));
    Summaries summaries = new Summaries(kernel.vertx(), pool, forum.access(), kernel.organizations(),
        kernel.config().publicUrl(), drafts.consensus(), practices.citedPractices());
    return Assembled.of(List.of(
        Registry.of(kernel, accreditation.disclosure(), accreditation.auditActionsNamingObjectors()), forum,
        summaries, accreditation, drafts, capacity, practices));
  }
}
