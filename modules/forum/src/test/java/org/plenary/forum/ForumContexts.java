package org.plenary.forum;

import java.util.List;
import org.plenary.platform.search.PostgresSearchIndex;
import org.plenary.runtime.ContextAssembly;
import org.plenary.testing.Registry;

/** The forum's tests run the forum alone, with the platform's registry: what its routes and rules need. */
public final class ForumContexts implements ContextAssembly {

  @Override
  public Assembled assemble(Kernel kernel) {
    Forum forum = new Forum(kernel.database().pool(), new PostgresSearchIndex(),
        ForumConfig.fromEnvironment(kernel.env()));
    return Assembled.of(List.of(Registry.withoutAccreditation(kernel), forum));
  }
}
