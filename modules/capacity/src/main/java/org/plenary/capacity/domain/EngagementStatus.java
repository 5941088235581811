package org.plenary.capacity.domain;

import org.plenary.platform.wire.WireEnum;

/**
 * Where an engagement stands: proposed by one side, then agreed when the other accepts (or declined by it,
 * or withdrawn by the proposer), in progress once both sides confirmed the start, completed once both
 * confirmed completion. The confirmations each state waits for are fields of the engagement, not states.
 */
public enum EngagementStatus implements WireEnum {
  PROPOSED,
  AGREED,
  IN_PROGRESS,
  COMPLETED,
  DECLINED,
  WITHDRAWN;

  /** Agreed, in progress and completed engagements use up one of the offer's capacity. */
  public boolean commitsCapacity() {
    return this == AGREED || this == IN_PROGRESS || this == COMPLETED;
  }

  public boolean isFinal() {
    return this == COMPLETED || this == DECLINED || this == WITHDRAWN;
  }
}
