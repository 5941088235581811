package org.plenary.sessions.speakers;

import org.plenary.platform.wire.WireEnum;

/** Where a speaker stands: waiting for the floor, on it, done, absent when called, or withdrawn by its delegation. */
public enum EntryStatus implements WireEnum {
  WAITING, ON_FLOOR, DONE, ABSENT, WITHDRAWN;

  /** Whether the entry still counts as an inscription (a withdrawn one frees the organization to inscribe again). */
  public boolean counts() {
    return this != WITHDRAWN;
  }
}
