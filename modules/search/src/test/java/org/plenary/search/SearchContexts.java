package org.plenary.search;

import java.util.List;
import org.plenary.forum.Forum;
import org.plenary.forum.ForumConfig;
import org.plenary.platform.search.PostgresSearchIndex;
import org.plenary.runtime.ContextAssembly;
import org.plenary.testing.Registry;

/** Search's tests run it on the forum, whose threads and posts they find, with the platform's registry. */
public final class SearchContexts implements ContextAssembly {

  @Override
  public Assembled assemble(Kernel kernel) {
    var pool = kernel.database().pool();
    Forum forum = new Forum(pool, new PostgresSearchIndex(), ForumConfig.fromEnvironment(kernel.env()));
    Search search = new Search(pool, forum.access(), SearchTuning.fromEnvironment(kernel.env()));
    return Assembled.of(List.of(Registry.withoutAccreditation(kernel), forum, search));
  }
}
