package org.plenary.server;

import io.vertx.sqlclient.Pool;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.plenary.accreditation.Accreditation;
import org.plenary.accreditation.AccreditationConfig;
import org.plenary.capacity.Capacity;
import org.plenary.contacts.Contacts;
import org.plenary.documents.Documents;
import org.plenary.drafts.Drafts;
import org.plenary.drafts.DraftsConfig;
import org.plenary.forum.Forum;
import org.plenary.forum.ForumConfig;
import org.plenary.implementation.Implementation;
import org.plenary.live.Live;
import org.plenary.notifications.Notifications;
import org.plenary.platform.audit.AuditApi;
import org.plenary.platform.module.PlenaryModule;
import org.plenary.platform.organizations.OrganizationsApi;
import org.plenary.platform.search.PostgresSearchIndex;
import org.plenary.platform.search.SearchIndex;
import org.plenary.platform.translation.MachineTranslation;
import org.plenary.platform.translation.TranslationConfig;
import org.plenary.profiles.Ports;
import org.plenary.profiles.Profiles;
import org.plenary.radar.Radar;
import org.plenary.runtime.ContextAssembly;
import org.plenary.search.Search;
import org.plenary.search.SearchTuning;
import org.plenary.sessions.Sessions;
import org.plenary.server.demo.DemoContent;
import org.plenary.summary.Summaries;
import org.plenary.translation.Translations;

/**
 * The bounded contexts this server runs, built in the order their ports need (the forum first: the others read
 * it through {@code ForumAccess}). The runtime mounts, starts and stops them in this order; the demo content is
 * written through the contexts' services.
 */
public final class Contexts implements ContextAssembly {

  @Override
  public Assembled assemble(Kernel kernel) {
    var vertx = kernel.vertx();
    var config = kernel.config();
    Map<String, String> env = kernel.env();
    Pool pool = kernel.database().pool();
    var organizations = kernel.organizations();
    SearchIndex searchIndex = new PostgresSearchIndex();
    // the good practices posts cite, and the registry's pages symbols in posts link to, need no context: built
    // before the forum
    Capacity capacity = new Capacity(vertx, pool, Clock.systemUTC(), searchIndex);
    Implementation implementation = new Implementation(pool, Clock.systemUTC(), capacity.needsPort(), searchIndex);
    Forum forum = new Forum(pool, searchIndex, ForumConfig.fromEnvironment(env), Documents.knownDocuments(pool),
        implementation.citedPractices());
    Contacts contacts = new Contacts(pool, Clock.systemUTC(), config.publicUrl(), capacity.needsPort());
    Notifications notifications = new Notifications(vertx, pool, forum.access(), config.publicUrl(), env);
    Sessions sessions = new Sessions(pool, forum.access(), Clock.systemUTC(), kernel.files().store());
    Live live = new Live(vertx, pool, kernel.database().outage(), forum.access(), notifications.access(),
        sessions.speakers().access(), kernel.meters());
    Accreditation accreditation = new Accreditation(vertx, pool, organizations, kernel.participants(),
        AccreditationConfig.fromEnvironment(env));
    Drafts drafts = new Drafts(pool, forum.access(), organizations, DraftsConfig.fromEnvironment(env));
    Radar radar = new Radar(pool, Clock.systemUTC());
    Summaries summaries = new Summaries(vertx, pool, forum.access(), organizations, config.publicUrl(),
        drafts.consensus(), implementation.citedPractices(),
        new RadarForSummaries(radar.reading(), Clock.systemUTC()));
    Documents documents = new Documents(pool, new Documents.Ports(sessions.access(), forum.access(),
        drafts.publishedVersions()), kernel.files().store(), Clock.systemUTC());
    // One set of engines for every context that translates (README.md, "Machine translation").
    MachineTranslation machine = MachineTranslation.of(vertx, TranslationConfig.fromEnvironment(env));
    // The organizations and the audit log, whose readers' rights accreditation decides.
    PlenaryModule registry = () -> List.of(new OrganizationsApi(organizations, accreditation.disclosure()),
        new AuditApi(pool, accreditation.auditActionsNamingObjectors()));
    List<PlenaryModule> modules = List.of(registry, forum, summaries, accreditation, drafts,
        new Search(pool, forum.access(), List.of(implementation.searchAudiences()), SearchTuning.fromEnvironment(env),
            machine, Search.translationBudget(env)),
        notifications, live, capacity, sessions, implementation, documents, contacts,
        new Profiles(new Ports(organizations, forum.access(), drafts.stateStances(), implementation.record(),
            capacity.record())),
        new Translations(pool, forum.access(), summaries.texts(), drafts.stateStances(), implementation.texts(),
            machine), radar);
    var demo = new DemoContent.Contexts(forum, summaries, accreditation, drafts, capacity, sessions,
        implementation, documents, radar, contacts);
    return new Assembled(modules,
        (v, issuer, participants) -> DemoContent.seedIfEmpty(v, pool, issuer, participants, demo), live::closeStreams);
  }
}
