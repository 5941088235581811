package org.plenary.sessions.api;

import org.plenary.platform.wire.WireEnum;

/** Wire: organizational, substantive, thematic-group, intersessional, informal-consultation. */
public enum SessionKind implements WireEnum {
  ORGANIZATIONAL, SUBSTANTIVE, THEMATIC_GROUP, INTERSESSIONAL, INFORMAL_CONSULTATION
}
