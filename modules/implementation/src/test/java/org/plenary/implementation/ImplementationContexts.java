package org.plenary.implementation;

import java.time.Clock;
import java.util.List;
import org.plenary.capacity.Capacity;
import org.plenary.forum.Forum;
import org.plenary.forum.ForumConfig;
import org.plenary.forum.api.KnownDocuments;
import org.plenary.platform.search.PostgresSearchIndex;
import org.plenary.runtime.ContextAssembly;
import org.plenary.search.Search;
import org.plenary.search.SearchTuning;
import org.plenary.testing.Registry;

/**
 * National reports run on the capacity board (a report's needs become its needs) and the registry; the search finds
 * the published reports and the good practices, and the forum, whose posts cite practices, holds the search index's
 * table.
 */
public final class ImplementationContexts implements ContextAssembly {

  @Override
  public Assembled assemble(Kernel kernel) {
    var pool = kernel.database().pool();
    PostgresSearchIndex index = new PostgresSearchIndex();
    Capacity capacity = new Capacity(kernel.vertx(), pool, Clock.systemUTC(), index);
    Implementation implementation = new Implementation(pool, Clock.systemUTC(), capacity.needsPort(), index);
    Forum forum = new Forum(pool, index, ForumConfig.fromEnvironment(kernel.env()), KnownDocuments.NONE,
        implementation.citedPractices());
    Search search = new Search(pool, forum.access(), List.of(implementation.searchAudiences()),
        SearchTuning.fromEnvironment(kernel.env()));
    return Assembled.of(List.of(Registry.withoutAccreditation(kernel), forum, search, capacity, implementation));
  }
}
