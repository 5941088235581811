package org.plenary.capacity.domain;

import org.plenary.platform.wire.WireEnum;

/** Who may read a need; offers are always public. */
public enum Visibility implements WireEnum {
  /** Anyone, signed in or not. */
  PUBLIC,
  /**
   * States, intergovernmental organizations, those who run the dialogue, and providers: accredited
   * organizations that have posted an offer. Everyone else gets a 404, as if the need did not exist.
   */
  STATES_AND_PROVIDERS
}
