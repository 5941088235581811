package org.plenary.accreditation.api;

import org.plenary.platform.events.EventFamily;
import org.plenary.platform.events.EventType;

/**
 * The events the accreditation context publishes, on the organization's stream ({@code organization:<id>})
 * unless said otherwise; payloads in docs/EVENTS.md. Every one may change what the organization's people may do.
 */
public final class AccreditationEvents {

  public static final EventFamily ACCREDITATION = new EventFamily("accreditation.");
  public static final EventType APPLIED = ACCREDITATION.type("applied");
  public static final EventType DECIDED = ACCREDITATION.type("decided");
  public static final EventType WINDOW_CHANGED = ACCREDITATION.type("window-changed");
  public static final EventType WITHDRAWN = ACCREDITATION.type("withdrawn");
  /** On the application's stream ({@code accreditation:<id>}). */
  public static final EventType OBJECTION_RAISED = ACCREDITATION.type("objection-raised");
  /** On the application's stream ({@code accreditation:<id>}). */
  public static final EventType OBJECTION_WITHDRAWN = ACCREDITATION.type("objection-withdrawn");

  private AccreditationEvents() {
  }
}
