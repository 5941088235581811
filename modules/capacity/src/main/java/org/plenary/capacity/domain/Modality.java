package org.plenary.capacity.domain;

import java.util.Locale;
import org.plenary.platform.wire.WireEnum;

/** How an engagement is delivered. A need lists those it accepts; an offer those it can deliver. */
public enum Modality implements WireEnum {
  IN_PERSON,
  REMOTE,
  /** Part in person, part remote: it half-fits a side that accepts only one of the two. */
  HYBRID;

  private final String wire = name().toLowerCase(Locale.ROOT).replace('_', '-');

  @Override
  public String wire() {
    return wire;
  }

  public int bit() {
    return 1 << ordinal();
  }
}
