package org.plenary.documents;

import java.time.Clock;
import java.util.List;
import org.plenary.drafts.Drafts;
import org.plenary.drafts.DraftsConfig;
import org.plenary.forum.Forum;
import org.plenary.forum.ForumConfig;
import org.plenary.platform.search.PostgresSearchIndex;
import org.plenary.runtime.ContextAssembly;
import org.plenary.sessions.Sessions;
import org.plenary.testing.Registry;

/**
 * The registry's tests run it on what it reads: sessions and their agendas, the forum (whose posts link to the
 * registry's pages, as the server wires them) and the drafts it issues as documents.
 */
public final class DocumentsContexts implements ContextAssembly {

  @Override
  public Assembled assemble(Kernel kernel) {
    var pool = kernel.database().pool();
    Forum forum = new Forum(pool, new PostgresSearchIndex(), ForumConfig.fromEnvironment(kernel.env()),
        Documents.knownDocuments(pool));
    Sessions sessions = new Sessions(pool, forum.access(), Clock.systemUTC(), kernel.files().store());
    Drafts drafts = new Drafts(pool, forum.access(), kernel.organizations(), DraftsConfig.fromEnvironment(kernel.env()));
    Documents documents = new Documents(pool, new Documents.Ports(sessions.access(), forum.access(),
        drafts.publishedVersions()), kernel.files().store(), Clock.systemUTC());
    return Assembled.of(List.of(Registry.withoutAccreditation(kernel), forum, sessions, drafts, documents));
  }
}
