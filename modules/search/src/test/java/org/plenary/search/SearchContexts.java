package org.plenary.search;

import java.time.Duration;
import java.util.List;
import org.plenary.forum.Forum;
import org.plenary.forum.ForumConfig;
import org.plenary.platform.search.PostgresSearchIndex;
import org.plenary.platform.translation.MachineTranslation;
import org.plenary.platform.translation.TranslationConfig;
import org.plenary.runtime.ContextAssembly;
import org.plenary.testing.Registry;

/**
 * Search's tests run it on the forum, whose threads and posts they find, with the platform's registry, and Apertium
 * for the queries searched across languages.
 */
public final class SearchContexts implements ContextAssembly {

  @Override
  public Assembled assemble(Kernel kernel) {
    var pool = kernel.database().pool();
    Forum forum = new Forum(pool, new PostgresSearchIndex(), ForumConfig.fromEnvironment(kernel.env()));
    // The real Apertium, which translates the queries of the cross-language tests (the others give no language).
    var machine = MachineTranslation.of(kernel.vertx(), TranslationConfig.fromEnvironment(kernel.env()));
    Search search = new Search(pool, forum.access(), List.of(), SearchTuning.fromEnvironment(kernel.env()), machine,
        Duration.ofSeconds(30));
    return Assembled.of(List.of(Registry.withoutAccreditation(kernel), forum, search));
  }
}
