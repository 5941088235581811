package org.plenary.sessions.api;

import org.plenary.platform.events.EventType;

/**
 * The events the sessions context publishes, each on the stream {@code session:<id>} with a payload naming
 * {@code sessionId} (and what changed). Followers of the calendar (live pages, notifications) read them.
 */
public final class SessionEvents {

  public static final EventType SESSION_SCHEDULED = new EventType("session.scheduled");
  public static final EventType SESSION_UPDATED = new EventType("session.updated");
  public static final EventType SESSION_STATUS_CHANGED = new EventType("session.status-changed");
  public static final EventType AGENDA_PUBLISHED = new EventType("session.agenda-published");
  public static final EventType AGENDA_ADOPTED = new EventType("session.agenda-adopted");
  public static final EventType MEETING_SCHEDULED = new EventType("session.meeting-scheduled");
  public static final EventType MEETING_UPDATED = new EventType("session.meeting-updated");

  private SessionEvents() {
  }

  /** The stream of one session's events. */
  public static String stream(java.util.UUID sessionId) {
    return "session:" + sessionId;
  }
}
