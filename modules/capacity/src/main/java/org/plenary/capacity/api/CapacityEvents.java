package org.plenary.capacity.api;

import org.plenary.platform.events.EventFamily;
import org.plenary.platform.events.EventType;

/** The events the capacity-building context publishes; streams and payloads in docs/EVENTS.md. */
public final class CapacityEvents {

  public static final EventType NEED_POSTED = new EventType("capacity.need.posted");
  public static final EventType NEED_CHANGED = new EventType("capacity.need.changed");
  public static final EventType OFFER_POSTED = new EventType("capacity.offer.posted");
  public static final EventType OFFER_CHANGED = new EventType("capacity.offer.changed");

  /** A match and the steps of its engagement, on the organization streams of its parties. */
  public static final EventFamily MATCHES = new EventFamily("match.");
  public static final EventType MATCH_FOUND = MATCHES.type("found");

  private CapacityEvents() {
  }

  /** The event of an engagement's step or status ({@code proposed}, {@code start-confirmed}, ...). */
  public static EventType engagement(String stepOrStatus) {
    return MATCHES.type(stepOrStatus);
  }
}
