package org.plenary.notifications.api;

import org.plenary.platform.events.EventType;

/** The events the notifications context publishes, on the participant's stream; payload in docs/EVENTS.md. */
public final class NotificationEvents {

  public static final EventType CREATED = new EventType("notification.created");

  private NotificationEvents() {
  }
}
