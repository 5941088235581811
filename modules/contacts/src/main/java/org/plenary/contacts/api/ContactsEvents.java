package org.plenary.contacts.api;

import org.plenary.platform.events.EventType;

/**
 * The events of the Points of Contact directory, each on the stream {@code organization:<stateId>} of the State
 * concerned (an exercise's start on {@code contact-exercises}).
 */
public final class ContactsEvents {

  /** A State's entry has a new version ({@code stateId}, {@code version}); the contacts themselves are not repeated. */
  public static final EventType ENTRY_SAVED = new EventType("contacts.entry-saved");
  /** The Secretariat started a ping exercise ({@code exerciseId}, {@code states}, {@code deadline}). */
  public static final EventType EXERCISE_STARTED = new EventType("contacts.exercise-started");
  /**
   * A point of contact was pinged ({@code exerciseId}, {@code stateId}, {@code contactName}, {@code kind},
   * {@code deadline}, {@code acknowledgeUrl}: the one-time link, whose token the directory keeps only hashed).
   */
  public static final EventType PING_SENT = new EventType("contacts.ping-sent");
  /** A point of contact acknowledged a ping ({@code exerciseId}, {@code stateId}, {@code status}: acknowledged or late). */
  public static final EventType PING_ACKNOWLEDGED = new EventType("contacts.ping-acknowledged");
  /** The Secretariat recorded that a ping's message bounced ({@code exerciseId}, {@code states}). */
  public static final EventType PING_BOUNCED = new EventType("contacts.ping-bounced");
  /** A State posted the "points of contact training" need the directory offered it ({@code stateId}, {@code needId}). */
  public static final EventType TRAINING_NEED_POSTED = new EventType("contacts.training-need-posted");

  /** The stream of the exercises. */
  public static final String EXERCISES_STREAM = "contact-exercises";

  private ContactsEvents() {
  }

  /** The stream of one State's entry and pings. */
  public static String stream(String stateId) {
    return "organization:" + stateId;
  }
}
