package org.plenary.server.demo;

import io.vertx.core.Future;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.plenary.platform.identity.Participant;
import org.plenary.sessions.Sessions;
import org.plenary.sessions.api.SessionAudience;
import org.plenary.sessions.api.SessionKind;
import org.plenary.sessions.api.SessionStatus;
import org.plenary.sessions.domain.AgendaItem;
import org.plenary.sessions.domain.AgendaVersion;
import org.plenary.sessions.service.AgendaDraft;
import org.plenary.sessions.service.PlanMeeting;
import org.plenary.sessions.service.ScheduleSession;

/**
 * The calendar of the demo, written by the Secretariat through the sessions' services, around today: the
 * organizational session of the Global Mechanism (concluded, agenda adopted), the first substantive session (in
 * progress since yesterday, its agenda of five items adopted, meetings today and tomorrow in New York), a meeting of a dedicated
 * thematic group (planned) and an informal consultation with stakeholders open now, with a deadline for inputs.
 */
final class SessionsDemo {

  private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
  private static final String HEADQUARTERS = "Conference Room 4, United Nations Headquarters, New York";

  private final Sessions sessions;
  private final DemoCast cast;
  private final Instant now = Instant.now();
  private final LocalDate today = LocalDate.now(NEW_YORK);

  SessionsDemo(Sessions sessions, DemoCast cast) {
    this.sessions = sessions;
    this.cast = cast;
  }

  Future<Void> play() {
    return cast.participant("secretariat").compose(secretariat -> organizational(secretariat)
        .compose(v -> substantive(secretariat))
        .compose(v -> thematicGroup(secretariat))
        .compose(v -> consultation(secretariat)));
  }

  private Future<Void> organizational(Participant s) {
    LocalDate opens = today.minusMonths(5).withDayOfMonth(10);
    return schedule(s, SessionKind.ORGANIZATIONAL, "Organizational session of the Global Mechanism on developments in"
        + " the field of ICTs in the context of international security", opens, opens.plusDays(1), HEADQUARTERS,
        NEW_YORK, SessionAudience.STATES_AND_STAKEHOLDERS, null)
        .compose(id -> agenda(s, id, items("Opening of the session", "Election of officers", "Adoption of the agenda",
            "Organization of work, including the dedicated thematic groups",
            "Modalities of the participation of stakeholders", "Adoption of the report"))
            .compose(items -> open(s, id)
                .compose(v -> meeting(s, id, "1st meeting", opens, 10, 13, items.subList(0, 4)))
                .compose(v -> meeting(s, id, "2nd meeting", opens.plusDays(1), 15, 18, items.subList(4, 6)))
                .compose(v -> sessions.sessions().changeStatus(s, id, SessionStatus.CONCLUDED, null, now))
                .mapEmpty()));
  }

  private Future<Void> substantive(Participant s) {
    AgendaDraft.Item issues = new AgendaDraft.Item(Optional.empty(), "Rules, norms and principles of responsible"
        + " State behaviour, international law, confidence-building measures and capacity-building", List.of(),
        List.of(), List.of(), List.of(
            item("Rules, norms and principles of responsible State behaviour", "norms"),
            item("How international law applies to the use of ICTs", "international-law"),
            item("Confidence-building measures", "confidence-building"),
            item("Capacity-building", "capacity-building"),
            item("Regular institutional dialogue", "institutional-dialogue")));
    List<AgendaDraft.Item> five = List.of(item("Opening of the session and adoption of the agenda", null),
        item("Organization of work", null), item("General exchange of views", null),
        item("Existing and potential threats in the sphere of ICT security", "horizon-scanning"), issues);
    return schedule(s, SessionKind.SUBSTANTIVE, "First substantive session of the Global Mechanism", today.minusDays(1),
        today.plusDays(3), HEADQUARTERS, NEW_YORK, SessionAudience.STATES_AND_STAKEHOLDERS, null)
        .compose(id -> sessions.agendas().set(s, id, new AgendaDraft(five, Optional.empty()), now)
            .map(SessionsDemo::topLevel)
            .compose(items -> open(s, id)
                .compose(v -> meeting(s, id, "1st meeting", today.minusDays(1), 10, 13, items.subList(0, 3)))
                .compose(v -> meeting(s, id, "2nd meeting", today.minusDays(1), 15, 18, List.of(items.get(2))))
                .compose(v -> meeting(s, id, "3rd meeting", today, 10, 13, List.of(items.get(3))))
                .compose(v -> meeting(s, id, "4th meeting", today, 15, 18, List.of(items.get(4))))
                .compose(v -> meeting(s, id, "5th meeting", today.plusDays(1), 10, 13, List.of(items.get(4))))
                .mapEmpty()));
  }

  private Future<Void> thematicGroup(Participant s) {
    LocalDate opens = today.plusMonths(2).withDayOfMonth(14);
    return schedule(s, SessionKind.THEMATIC_GROUP, "Dedicated thematic group on capacity-building, first meeting",
        opens, opens.plusDays(2), "Palais des Nations, Geneva", ZoneId.of("Europe/Zurich"), SessionAudience.STATES, null)
        .compose(id -> agenda(s, id, items("Opening of the meeting", "Needs-based capacity-building: lessons learned",
            "The Global ICT Security Cooperation and Capacity-Building Portal", "Other matters")))
        .mapEmpty();
  }

  private Future<Void> consultation(Participant s) {
    Instant deadline = today.plusDays(10).atTime(23, 59).atZone(NEW_YORK).toInstant();
    return schedule(s, SessionKind.INFORMAL_CONSULTATION, "Informal consultation with stakeholders on the regular"
        + " institutional dialogue", today.minusDays(5), today.plusDays(10), null, NEW_YORK,
        SessionAudience.STATES_AND_STAKEHOLDERS, deadline)
        .compose(id -> agenda(s, id, items("Modalities of stakeholder participation",
            "Written inputs on the regular institutional dialogue")).compose(items -> open(s, id)))
        .mapEmpty();
  }

  private Future<UUID> schedule(Participant s, SessionKind kind, String title, LocalDate opens, LocalDate closes,
                                String venue, ZoneId zone, SessionAudience audience, Instant deadline) {
    return sessions.sessions().schedule(s, new ScheduleSession(kind, title, 1, opens, closes, Optional.ofNullable(venue),
        zone, audience, Optional.ofNullable(deadline)), now);
  }

  private Future<List<UUID>> agenda(Participant s, UUID id, List<AgendaDraft.Item> items) {
    return sessions.agendas().set(s, id, new AgendaDraft(items, Optional.empty()), now).map(SessionsDemo::topLevel);
  }

  /** Opens the session and adopts its agenda, as at the opening meeting. */
  private Future<Void> open(Participant s, UUID id) {
    return sessions.sessions().changeStatus(s, id, SessionStatus.IN_PROGRESS, null, now)
        .compose(v -> sessions.agendas().adopt(s, id, now)).mapEmpty();
  }

  private Future<Void> meeting(Participant s, UUID id, String title, LocalDate day, int from, int to,
                               List<UUID> items) {
    return sessions.meetings().schedule(s, id, new PlanMeeting(title, day, LocalTime.of(from, 0), LocalTime.of(to, 0),
        Optional.empty(), items), now).mapEmpty();
  }

  private static List<UUID> topLevel(AgendaVersion version) {
    return version.items().stream().filter(item -> !item.isSubItem()).map(AgendaItem::id).toList();
  }

  private static List<AgendaDraft.Item> items(String... titles) {
    return Arrays.stream(titles).map(title -> item(title, null)).toList();
  }

  private static AgendaDraft.Item item(String title, String topic) {
    return new AgendaDraft.Item(Optional.empty(), title, topic == null ? List.of() : List.of(topic), List.of(),
        List.of(), List.of());
  }
}
