package org.plenary.capacity.domain;

import java.util.Set;
import org.plenary.platform.wire.WireEnum;

/** The demand-driven workflow: proposed, then the requesting State agrees or declines. */
public enum EngagementStatus implements WireEnum {
  PROPOSED,
  AGREED,
  IN_PROGRESS,
  COMPLETED,
  DECLINED;

  /** Agreed, in progress and completed engagements use up one of the offer's capacity. */
  public boolean commitsCapacity() {
    return this == AGREED || this == IN_PROGRESS || this == COMPLETED;
  }

  public boolean canBecome(EngagementStatus next) {
    return switch (this) {
      case PROPOSED -> Set.of(AGREED, DECLINED).contains(next);
      case AGREED -> next == IN_PROGRESS;
      case IN_PROGRESS -> next == COMPLETED;
      case COMPLETED, DECLINED -> false;
    };
  }
}
