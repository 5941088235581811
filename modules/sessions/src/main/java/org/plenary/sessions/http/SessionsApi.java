package org.plenary.sessions.http;

import java.time.Clock;
import org.plenary.platform.http.ApiModule;
import org.plenary.platform.http.ApiRoutes;
import org.plenary.sessions.service.AgendaService;
import org.plenary.sessions.service.MeetingService;
import org.plenary.sessions.service.SessionService;
import org.plenary.sessions.store.AgendaStore;
import org.plenary.sessions.store.MeetingStore;
import org.plenary.sessions.store.SessionStore;

/** {@code /sessions}: the calendar, agendas, programme of work and .ics feeds ({@code openapi/sessions.yaml}). */
public final class SessionsApi implements ApiModule {

  /** The stores and services the handlers use. */
  public record Parts(SessionStore sessions, AgendaStore agendas, MeetingStore meetings, SessionService sessionService,
                      AgendaService agendaService, MeetingService meetingService) {
  }

  private final CalendarApi calendar;
  private final AgendaApi agenda;
  private final MeetingsApi meetings;
  private final FeedsApi feeds;

  public SessionsApi(Parts p, Clock clock) {
    this.calendar = new CalendarApi(p, clock);
    this.agenda = new AgendaApi(p, clock);
    this.meetings = new MeetingsApi(p, clock);
    this.feeds = new FeedsApi(p);
  }

  @Override
  public String openApiFragment() {
    return "openapi/sessions.yaml";
  }

  @Override
  public void mount(ApiRoutes routes) {
    calendar.mount(routes);
    agenda.mount(routes);
    meetings.mount(routes);
    feeds.mount(routes);
  }
}
