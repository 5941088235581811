package org.plenary.sessions.speakers;

import org.plenary.platform.wire.WireEnum;

/** A statement under the item, or a right of reply taken at the end of the day. */
public enum EntryKind implements WireEnum {
  STATEMENT, RIGHT_OF_REPLY
}
