package org.plenary.forum.posts;

import org.plenary.platform.wire.WireEnum;

/** Where a State named by a joint statement stands on it. */
public enum Consent implements WireEnum {
  /** Named, not yet confirmed: listed as awaiting its confirmation, never presented as speaking. */
  PENDING,
  /** Its delegate confirmed (the delivering State confirms by posting). */
  CONFIRMED,
  /** Its delegate declined: no longer listed. */
  DECLINED,
  /** Confirmed, then took its name off: no longer listed. */
  LEFT;

  static Consent fromWire(String wire) {
    return WireEnum.parse(Consent.class, wire);
  }
}
