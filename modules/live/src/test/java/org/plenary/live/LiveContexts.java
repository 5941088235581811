package org.plenary.live;

import java.time.Clock;
import java.util.List;
import org.plenary.accreditation.Accreditation;
import org.plenary.accreditation.AccreditationConfig;
import org.plenary.forum.Forum;
import org.plenary.forum.ForumConfig;
import org.plenary.notifications.Notifications;
import org.plenary.platform.search.PostgresSearchIndex;
import org.plenary.runtime.ContextAssembly;
import org.plenary.sessions.Sessions;
import org.plenary.testing.Registry;

/**
 * The event streams' tests run them on what they carry: the forum's threads and posts, each participant's
 * notifications, and accreditation (whose changes a stream must follow), with the platform's registry.
 */
public final class LiveContexts implements ContextAssembly {

  @Override
  public Assembled assemble(Kernel kernel) {
    var pool = kernel.database().pool();
    var env = kernel.env();
    Forum forum = new Forum(pool, new PostgresSearchIndex(), ForumConfig.fromEnvironment(env));
    Notifications notifications = new Notifications(kernel.vertx(), pool, forum.access(), kernel.config().publicUrl(),
        env);
    Sessions sessions = new Sessions(pool, forum.access(), Clock.systemUTC(), kernel.files().store());
    Live live = new Live(kernel.vertx(), pool, kernel.database().outage(), forum.access(), notifications.access(),
        sessions.speakers().access(), kernel.meters());
    Accreditation accreditation = new Accreditation(kernel.vertx(), pool, kernel.organizations(),
        kernel.participants(), AccreditationConfig.fromEnvironment(env));
    return new Assembled(List.of(
        Registry.of(kernel, accreditation.disclosure(), accreditation.auditActionsNamingObjectors()), forum,
        accreditation, notifications, sessions, live), DemoSeed.NONE, live::closeStreams);
  }
}
