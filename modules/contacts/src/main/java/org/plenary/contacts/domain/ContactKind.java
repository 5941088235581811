package org.plenary.contacts.domain;

import org.plenary.platform.wire.WireEnum;

/** The two points of contact the directory lists for a State: for diplomacy, and for technical incident response. */
public enum ContactKind implements WireEnum {
  DIPLOMATIC, TECHNICAL
}
