package org.plenary.forum.threads;

import org.plenary.platform.wire.WireEnum;

/** Who may read a thread. */
public enum Audience implements WireEnum {
  /** Anyone, signed in or not. */
  PUBLIC,
  /** Signed-in participants whose organization takes part (accredited stakeholders included). */
  PARTICIPANTS,
  /** States and intergovernmental organizations, and those who run the dialogue. */
  STATES
}
