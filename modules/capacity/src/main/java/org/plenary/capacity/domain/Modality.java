package org.plenary.capacity.domain;

import org.plenary.platform.wire.WireEnum;

/** How an engagement is delivered. A need lists those it accepts; an offer those it can deliver. */
public enum Modality implements WireEnum {
  IN_PERSON,
  REMOTE,
  /** Part in person, part remote: it half-fits a side that accepts only one of the two. */
  HYBRID;

  public int bit() {
    return 1 << ordinal();
  }
}
