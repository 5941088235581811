package org.plenary.sessions;

import java.time.Clock;
import java.util.List;
import org.plenary.forum.Forum;
import org.plenary.forum.ForumConfig;
import org.plenary.platform.search.PostgresSearchIndex;
import org.plenary.runtime.ContextAssembly;
import org.plenary.testing.Registry;

/** The sessions' tests run them on the forum (agenda items take up its threads and drafts) and the registry. */
public final class SessionsContexts implements ContextAssembly {

  @Override
  public Assembled assemble(Kernel kernel) {
    var pool = kernel.database().pool();
    Forum forum = new Forum(pool, new PostgresSearchIndex(), ForumConfig.fromEnvironment(kernel.env()));
    Sessions sessions = new Sessions(pool, forum.access(), Clock.systemUTC());
    return Assembled.of(List.of(Registry.withoutAccreditation(kernel), forum, sessions));
  }
}
