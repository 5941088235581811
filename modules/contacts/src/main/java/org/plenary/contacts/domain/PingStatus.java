package org.plenary.contacts.domain;

import org.plenary.platform.wire.WireEnum;

/**
 * What became of a ping, and of a State in an exercise (its best ping): acknowledged within the window, late
 * (acknowledged after it), bounced (the message could not be delivered), no answer (the window closed without
 * one), or pending while the window is open.
 */
public enum PingStatus implements WireEnum {
  ACKNOWLEDGED, LATE, BOUNCED, NO_ANSWER, PENDING;

  /** Whether the State answered at all, in time or not: what the aggregate's share counts. */
  public boolean answered() {
    return this == ACKNOWLEDGED || this == LATE;
  }
}
