package org.plenary.notifications;

import java.util.List;
import org.plenary.accreditation.Accreditation;
import org.plenary.accreditation.AccreditationConfig;
import org.plenary.drafts.Drafts;
import org.plenary.drafts.DraftsConfig;
import org.plenary.forum.Forum;
import org.plenary.forum.ForumConfig;
import org.plenary.platform.search.PostgresSearchIndex;
import org.plenary.runtime.ContextAssembly;
import org.plenary.testing.Registry;

/**
 * The notifications' tests run them on what they hear of: the forum's threads and posts, accreditation (who is
 * a stakeholder) and drafts (stances), with the platform's registry. The event streams that carry notifications
 * live are a downstream context: their tests are the live module's and the server's.
 */
public final class NotificationsContexts implements ContextAssembly {

  @Override
  public Assembled assemble(Kernel kernel) {
    var pool = kernel.database().pool();
    var env = kernel.env();
    Forum forum = new Forum(pool, new PostgresSearchIndex(), ForumConfig.fromEnvironment(env));
    Accreditation accreditation = new Accreditation(kernel.vertx(), pool, kernel.organizations(),
        kernel.participants(), AccreditationConfig.fromEnvironment(env));
    Drafts drafts = new Drafts(pool, forum.access(), kernel.organizations(), DraftsConfig.fromEnvironment(env));
    Notifications notifications = new Notifications(kernel.vertx(), pool, forum.access(), kernel.config().publicUrl(),
        env);
    return Assembled.of(List.of(
        Registry.of(kernel, accreditation.disclosure(), accreditation.auditActionsNamingObjectors()), forum,
        accreditation, drafts, notifications));
  }
}
