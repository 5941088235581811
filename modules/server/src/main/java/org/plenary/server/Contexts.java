package org.plenary.server;

import io.vertx.core.Vertx;
import io.vertx.sqlclient.Pool;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.plenary.accreditation.Accreditation;
import org.plenary.accreditation.AccreditationConfig;
import org.plenary.capacity.Capacity;
import org.plenary.drafts.Drafts;
import org.plenary.drafts.DraftsConfig;
import org.plenary.forum.Forum;
import org.plenary.forum.ForumConfig;
import org.plenary.live.Live;
import org.plenary.notifications.Notifications;
import org.plenary.platform.audit.AuditApi;
import org.plenary.platform.config.PlenaryConfig;
import org.plenary.platform.database.Database;
import org.plenary.platform.http.ApiModule;
import org.plenary.platform.identity.MeApi;
import org.plenary.platform.identity.ParticipantDirectory;
import org.plenary.platform.module.PlenaryModule;
import org.plenary.platform.organizations.Organizations;
import org.plenary.platform.organizations.OrganizationsApi;
import org.plenary.search.Search;
import org.plenary.search.SearchTuning;
import org.plenary.server.demo.DemoContent;
import org.plenary.summary.Summaries;

/**
 * The bounded contexts this server runs, built in the order their ports need (the forum first: the others read
 * it through {@code ForumAccess}). The server mounts, starts and stops {@link #modules()} in this order; the
 * demo content is written through the contexts' services.
 *
 * @param closeEventStreams ends the open event streams, which would otherwise hold a graceful shutdown
 */
record Contexts(List<PlenaryModule> modules, DemoContent.Contexts demo, Runnable closeEventStreams) {

  static Contexts assemble(Vertx vertx, PlenaryConfig config, Map<String, String> env, Database database,
                           Organizations organizations, ParticipantDirectory participants) {
    Pool pool = database.pool();
    Forum forum = new Forum(pool, Search.index(), ForumConfig.fromEnvironment(env));
    Notifications notifications = new Notifications(vertx, pool, forum.access(), config.publicUrl(), env);
    Live live = new Live(vertx, pool, database.outage(), forum.access(), notifications.access());
    Capacity capacity = new Capacity(vertx, pool, Clock.systemUTC(), Search.index());
    Accreditation accreditation = new Accreditation(vertx, pool, organizations, participants,
        AccreditationConfig.fromEnvironment(env));
    Drafts drafts = new Drafts(pool, forum.access(), organizations, DraftsConfig.fromEnvironment(env));
    Summaries summaries = new Summaries(vertx, pool, forum.access(), organizations, config.publicUrl(),
        drafts.consensus()::paragraphs);
    // The platform's own operations: the client's settings, the caller, the organizations and the audit log.
    PlenaryModule platform = () -> List.of(new ClientConfigApi(config), new MeApi(pool),
        new OrganizationsApi(organizations, accreditation.disclosure()),
        new AuditApi(pool, accreditation.auditActionsNamingObjectors()));
    List<PlenaryModule> modules = List.of(platform, forum, summaries, accreditation, drafts,
        new Search(pool, forum.access(), SearchTuning.fromEnvironment(env)), notifications, live, capacity);
    return new Contexts(modules, new DemoContent.Contexts(forum, summaries, accreditation, drafts, capacity),
        live::closeStreams);
  }

  List<ApiModule> apis() {
    return modules.stream().flatMap(module -> module.apis().stream()).toList();
  }
}
