package org.plenary.sessions;

import io.vertx.sqlclient.Pool;
import java.time.Clock;
import java.util.List;
import org.plenary.forum.api.ForumAccess;
import org.plenary.platform.http.ApiModule;
import org.plenary.platform.module.PlenaryModule;
import org.plenary.sessions.api.SessionsAccess;
import org.plenary.sessions.http.SessionsApi;
import org.plenary.sessions.service.AgendaService;
import org.plenary.sessions.service.LinkCheck;
import org.plenary.sessions.service.MeetingService;
import org.plenary.sessions.service.SessionService;
import org.plenary.sessions.service.SessionsAccessService;
import org.plenary.sessions.store.AgendaStore;
import org.plenary.sessions.store.MeetingStore;
import org.plenary.sessions.store.SessionStore;

/**
 * The sessions bounded context, wired: the calendar of sessions, their agendas and programme of work. Other parts
 * of the context (speakers lists, statements) add their {@link ApiModule} to {@link #apis()}; other contexts read
 * sessions through {@link #access()}.
 */
public final class Sessions implements PlenaryModule {

  private final SessionStore sessionStore;
  private final AgendaStore agendaStore;
  private final SessionService sessions;
  private final AgendaService agendas;
  private final MeetingService meetings;
  private final SessionsAccess access;
  private final SessionsApi api;

  public Sessions(Pool pool, ForumAccess forum, Clock clock) {
    this.sessionStore = new SessionStore(pool);
    this.agendaStore = new AgendaStore(pool);
    this.sessions = new SessionService(pool, sessionStore);
    this.agendas = new AgendaService(pool, sessionStore, agendaStore, new LinkCheck(forum));
    MeetingStore meetingStore = new MeetingStore(pool);
    this.meetings = new MeetingService(pool, sessionStore, agendaStore, meetingStore);
    this.access = new SessionsAccessService(sessionStore, agendaStore);
    this.api = new SessionsApi(new SessionsApi.Parts(sessionStore, agendaStore, meetingStore, sessions, agendas,
        meetings), clock);
  }

  @Override
  public List<ApiModule> apis() {
    return List.of(api);
  }

  public SessionsAccess access() {
    return access;
  }

  public SessionService sessions() {
    return sessions;
  }

  public AgendaService agendas() {
    return agendas;
  }

  public MeetingService meetings() {
    return meetings;
  }
}
