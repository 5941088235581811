package org.plenary.capacity.domain;

import org.plenary.platform.wire.WireEnum;

/** Whether a need or an offer takes new engagements. */
public enum ListingStatus implements WireEnum {
  OPEN,
  CLOSED
}
