package org.plenary.sessions.api;

import org.plenary.platform.events.EventFamily;
import org.plenary.platform.events.EventType;

/**
 * The events of speakers lists and statements, on the stream of their session ({@link SessionEvents#stream}),
 * each with {@code sessionId}, {@code agendaItemId}, {@code meetingId} (if any), {@code listId}, {@code entryId},
 * {@code organizationId} and the list's {@code version} after the change (statements: {@code statementId}).
 */
public final class SpeakerEvents {

  /** Every change of a speakers list: a live list refetches on any of them. */
  public static final EventFamily SPEAKERS = new EventFamily("speakers.");
  public static final EventType INSCRIBED = SPEAKERS.type("inscribed");
  public static final EventType REPLY_INSCRIBED = SPEAKERS.type("reply-inscribed");
  public static final EventType WITHDRAWN = SPEAKERS.type("withdrawn");
  public static final EventType MOVED = SPEAKERS.type("moved");
  public static final EventType FLOOR_CHANGED = SPEAKERS.type("floor-changed");
  public static final EventType LIMITS_SET = SPEAKERS.type("limits-set");

  public static final EventFamily STATEMENTS = new EventFamily("statement.");
  public static final EventType STATEMENT_POSTED = STATEMENTS.type("posted");
  public static final EventType STATEMENT_FILE_ATTACHED = STATEMENTS.type("file-attached");

  private SpeakerEvents() {
  }
}
