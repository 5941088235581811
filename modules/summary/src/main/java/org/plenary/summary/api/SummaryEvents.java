package org.plenary.summary.api;

import org.plenary.platform.events.EventType;

/** The events the summaries context publishes, on the thread's stream; payloads in docs/EVENTS.md. */
public final class SummaryEvents {

  public static final EventType GENERATED = new EventType("summary.generated");
  public static final EventType PUBLISHED = new EventType("summary.published");

  private SummaryEvents() {
  }
}
