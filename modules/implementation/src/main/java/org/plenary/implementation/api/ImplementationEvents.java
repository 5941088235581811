package org.plenary.implementation.api;

import org.plenary.platform.events.EventType;

/**
 * The events of national implementation, each on the stream {@code organization:<stateId>} of the reporting State
 * (cycles on {@code reporting-cycles}; good practices and their marks on the stream of the organization that shared
 * the practice), with a payload naming {@code cycleId}, {@code stateId} and the version.
 */
public final class ImplementationEvents {

  public static final EventType CYCLE_OPENED = new EventType("implementation.cycle-opened");
  public static final EventType REPORT_SAVED = new EventType("implementation.report-saved");
  public static final EventType REPORT_SUBMITTED = new EventType("implementation.report-submitted");
  public static final EventType REPORT_PUBLISHED = new EventType("implementation.report-published");
  /** A "needs" answer became a capacity-building need ({@code norm}, {@code needId}). */
  public static final EventType NEED_RAISED = new EventType("implementation.need-raised");

  /** A State or a stakeholder shared a good practice ({@code practiceId}, {@code organizationId}, {@code norms}). */
  public static final EventType PRACTICE_SHARED = new EventType("implementation.practice-shared");
  /** A State endorsed a good practice or found it useful ({@code practiceId}, {@code stateId}, {@code mark}). */
  public static final EventType PRACTICE_MARKED = new EventType("implementation.practice-marked");
  public static final EventType PRACTICE_MARK_WITHDRAWN = new EventType("implementation.practice-mark-withdrawn");

  /** The stream of the reporting cycles. */
  public static final String CYCLES_STREAM = "reporting-cycles";

  private ImplementationEvents() {
  }

  /** The stream of one State's reports. */
  public static String stream(String stateId) {
    return "organization:" + stateId;
  }
}
