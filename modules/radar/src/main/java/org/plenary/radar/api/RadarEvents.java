package org.plenary.radar.api;

import org.plenary.platform.events.EventType;

/**
 * The events of the horizon-scanning radar, all on the stream {@code radar}: signals proposed and merged
 * ({@code signalId}, {@code into}), rounds opened and closed ({@code roundId}), and assessments recorded
 * ({@code roundId}, {@code signalId}, {@code organizationId}; never the rating itself, which only its organization
 * reads).
 */
public final class RadarEvents {

  public static final EventType SIGNAL_PROPOSED = new EventType("radar.signal-proposed");
  public static final EventType SIGNAL_MERGED = new EventType("radar.signal-merged");
  public static final EventType ROUND_OPENED = new EventType("radar.round-opened");
  public static final EventType ROUND_CLOSED = new EventType("radar.round-closed");
  public static final EventType ASSESSMENT_RECORDED = new EventType("radar.assessment-recorded");

  public static final String STREAM = "radar";

  private RadarEvents() {
  }
}
