package org.plenary.sessions.speakers;

import org.plenary.platform.wire.WireEnum;

/** What the Chair does with a speaker: gives it the floor, marks it done, or absent when called. */
public enum FloorAction implements WireEnum {
  FLOOR, DONE, ABSENT
}
