package org.plenary.implementation.domain;

import org.plenary.platform.wire.WireEnum;

/** Who reads a published report: everyone, or the States and the Secretariat only. */
public enum Audience implements WireEnum {
  PUBLIC, STATES
}
