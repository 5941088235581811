package org.plenary.capacity.domain;

import org.plenary.platform.wire.WireEnum;

/** What one side did to an engagement: one entry of its history, and what the other side is told. */
public enum EngagementStep implements WireEnum {
  PROPOSED,
  ACCEPTED,
  DECLINED,
  WITHDRAWN,
  START_CONFIRMED,
  COMPLETION_CONFIRMED
}
