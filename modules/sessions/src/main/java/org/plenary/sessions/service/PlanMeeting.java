package org.plenary.sessions.service;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** A meeting as the Secretariat announces it: a day and times of the venue (its zone, the session's by default). */
public record PlanMeeting(String title, LocalDate date, LocalTime start, LocalTime end, Optional<ZoneId> timeZone,
                          List<UUID> agendaItems) {
}
