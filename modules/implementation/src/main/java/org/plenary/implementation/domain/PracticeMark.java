package org.plenary.implementation.domain;

import org.plenary.platform.wire.WireEnum;

/** What a State says of another's good practice: it endorses it, or finds it useful. Once each per State. */
public enum PracticeMark implements WireEnum {
  ENDORSE, USEFUL
}
