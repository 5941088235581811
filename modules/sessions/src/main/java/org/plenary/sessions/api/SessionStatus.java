package org.plenary.sessions.api;

import org.plenary.platform.wire.WireEnum;

/** Wire: planned, in-progress, concluded; a session only moves forward. */
public enum SessionStatus implements WireEnum {
  PLANNED, IN_PROGRESS, CONCLUDED
}
