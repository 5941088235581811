package org.plenary.radar.domain;

import org.plenary.platform.wire.WireEnum;

/** When a signal is expected to matter. */
public enum Horizon implements WireEnum {
  NOW("now"), ONE_TO_THREE_YEARS("1-3-years"), THREE_TO_TEN_YEARS("3-10-years");

  private final String wire;

  Horizon(String wire) {
    this.wire = wire;
  }

  @Override
  public String wire() {
    return wire;
  }
}
