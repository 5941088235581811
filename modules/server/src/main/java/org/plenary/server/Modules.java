package org.plenary.server;

import io.vertx.sqlclient.Pool;
import java.util.ArrayList;
import java.util.List;
import org.plenary.accreditation.Accreditation;
import org.plenary.drafts.Drafts;
import org.plenary.capacity.Capacity;
import org.plenary.forum.Forum;
import org.plenary.summary.Summaries;
import org.plenary.live.Live;
import org.plenary.notifications.Notifications;
import org.plenary.search.Search;
import org.plenary.search.SearchTuning;
import org.plenary.platform.audit.AuditApi;
import org.plenary.platform.config.PlenaryConfig;
import org.plenary.platform.http.ApiModule;
import org.plenary.platform.identity.MeApi;
import org.plenary.platform.organizations.Organizations;
import org.plenary.platform.organizations.OrganizationsApi;

/** The bounded contexts this server assembles, each with its part of the API. */
final class Modules {

  private Modules() {
  }

  static List<ApiModule> all(PlenaryConfig config, Pool pool, Organizations organizations, Forum forum,
                             Summaries summaries, Accreditation accreditation, Drafts drafts,
                             Notifications notifications, Live live, Capacity capacity, SearchTuning search) {
    List<ApiModule> modules = new ArrayList<>(List.of(
        new ClientConfigApi(config),
        new MeApi(pool),
        new OrganizationsApi(organizations, accreditation.disclosure()),
        new AuditApi(pool, accreditation.auditActionsNamingObjectors())));
    modules.addAll(forum.apis());
    modules.add(summaries.api());
    modules.addAll(accreditation.apis());
    modules.addAll(drafts.apis());
    modules.addAll(Search.apis(pool, forum.access(), search));
    modules.addAll(notifications.apis());
    modules.addAll(live.apis());
    modules.add(capacity.api());
    return List.copyOf(modules);
  }
}
