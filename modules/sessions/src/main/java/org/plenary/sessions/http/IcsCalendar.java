package org.plenary.sessions.http;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.plenary.sessions.domain.AgendaItem;
import org.plenary.sessions.domain.Meeting;
import org.plenary.sessions.domain.Session;

/**
 * Sessions and meetings as iCalendar (RFC 5545): a session is an all-day event over its dates, a meeting an event at
 * UTC times (no VTIMEZONE needed; the venue's zone is named in its description). UIDs are made of the ids, so a
 * calendar that imported a feed updates its events; SEQUENCE is the record's revision, bumped by each change. No
 * METHOD: a feed to subscribe to, not an iTIP message (PUBLISH would call for an ORGANIZER in each event).
 */
final class IcsCalendar {

  private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
      .withZone(ZoneOffset.UTC);
  private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;
  private static final int FOLD_OCTETS = 75;

  private final StringBuilder out = new StringBuilder();

  IcsCalendar(String name) {
    line("BEGIN:VCALENDAR");
    line("VERSION:2.0");
    line("PRODID:-//Plenary//Sessions of the Global Mechanism//EN");
    line("CALSCALE:GREGORIAN");
    line("X-WR-CALNAME:" + text(name));
  }

  IcsCalendar session(Session s) {
    line("BEGIN:VEVENT");
    line("UID:session-" + s.id() + "@plenary");
    line("DTSTAMP:" + UTC.format(s.updatedAt()));
    line("LAST-MODIFIED:" + UTC.format(s.updatedAt()));
    line("SEQUENCE:" + s.revision());
    line("DTSTART;VALUE=DATE:" + DAY.format(s.opensOn()));
    line("DTEND;VALUE=DATE:" + DAY.format(s.closesOn().plusDays(1)));
    line("SUMMARY:" + text(s.title()));
    line("LOCATION:" + text(s.venue().orElse("Virtual")));
    line("DESCRIPTION:" + text(s.kind().wire() + " session, " + s.status().wire() + ", for "
        + s.audience().wire() + "; time zone " + s.timeZone().getId()));
    line("TRANSP:TRANSPARENT");
    line("END:VEVENT");
    return this;
  }

  IcsCalendar meeting(Session s, Meeting m, Map<UUID, AgendaItem> items) {
    StringBuilder description = new StringBuilder(s.title()).append("\nTime zone of the venue: ")
        .append(m.timeZone().getId());
    for (UUID id : m.agendaItems()) {
      AgendaItem item = items.get(id);
      if (item != null) {
        description.append("\nItem ").append(item.number()).append(": ").append(item.title());
      }
    }
    line("BEGIN:VEVENT");
    line("UID:meeting-" + m.id() + "@plenary");
    line("DTSTAMP:" + UTC.format(m.updatedAt()));
    line("LAST-MODIFIED:" + UTC.format(m.updatedAt()));
    line("SEQUENCE:" + m.revision());
    line("DTSTART:" + UTC.format(m.startsAt()));
    line("DTEND:" + UTC.format(m.endsAt()));
    line("SUMMARY:" + text(m.title() + " — " + s.title()));
    line("LOCATION:" + text(s.venue().orElse("Virtual")));
    line("DESCRIPTION:" + text(description.toString()));
    line("END:VEVENT");
    return this;
  }

  IcsCalendar meetings(Session s, List<Meeting> meetings, Map<UUID, AgendaItem> items) {
    meetings.forEach(m -> meeting(s, m, items));
    return this;
  }

  String end() {
    line("END:VCALENDAR");
    return out.toString();
  }

  static String stamp(Instant at) {
    return UTC.format(at);
  }

  /** TEXT values escape backslash, semicolon, comma and line breaks (RFC 5545, 3.3.11). */
  private static String text(String value) {
    return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\r\n", "\\n")
        .replace("\n", "\\n").replace("\r", "\\n");
  }

  /** A content line, folded at 75 octets without splitting a character (RFC 5545, 3.1), ended by CRLF. */
  private void line(String content) {
    int octets = 0;
    for (int i = 0; i < content.length(); ) {
      int cp = content.codePointAt(i);
      int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
      if (octets + size > FOLD_OCTETS) {
        out.append("\r\n ");
        octets = 1;
      }
      out.appendCodePoint(cp);
      octets += size;
      i += Character.charCount(cp);
    }
    out.append("\r\n");
  }
}
