package org.plenary.implementation.domain;

import org.plenary.platform.wire.WireEnum;

/**
 * The eleven norms of A/70/174 para 13 (a)-(k), spelt as the forum's tags for them ({@code norm-a} ...
 * {@code norm-k}), so that a report's norm and a thread's tag are the same word.
 */
public enum Norm implements WireEnum {
  NORM_A, NORM_B, NORM_C, NORM_D, NORM_E, NORM_F, NORM_G, NORM_H, NORM_I, NORM_J, NORM_K;

  /** The letter of the norm in paragraph 13: "a" ... "k". */
  public String letter() {
    return wire().substring("norm-".length());
  }
}
