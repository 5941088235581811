package org.plenary.implementation.api;

import org.plenary.platform.events.EventType;

/**
 * The events of national implementation, each on the stream {@code organization:<stateId>} of the reporting State
 * (cycles on {@code reporting-cycles}), with a payload naming {@code cycleId}, {@code stateId} and the version.
 */
public final class ImplementationEvents {

  public static final EventType CYCLE_OPENED = new EventType("implementation.cycle-opened");
  public static final EventType REPORT_SAVED = new EventType("implementation.report-saved");
  public static final EventType REPORT_SUBMITTED = new EventType("implementation.report-submitted");
  public static final EventType REPORT_PUBLISHED = new EventType("implementation.report-published");
  /** A "needs" answer became a capacity-building need ({@code norm}, {@code needId}). */
  public static final EventType NEED_RAISED = new EventType("implementation.need-raised");

  /** The stream of the reporting cycles. */
  public static final String CYCLES_STREAM = "reporting-cycles";

  private ImplementationEvents() {
  }

  /** The stream of one State's reports. */
  public static String stream(String stateId) {
    return "organization:" + stateId;
  }
}
