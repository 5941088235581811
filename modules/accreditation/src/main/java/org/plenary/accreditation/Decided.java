package org.plenary.accreditation;

import org.plenary.platform.wire.WireEnum;

/** How an application was decided. */
public enum Decided implements WireEnum {
  /** ECOSOC consultative status, registered or confirmed by the Secretariat: accredited on notification. */
  ECOSOC_NOTIFICATION,
  /** The timer closed the window at its end. */
  WINDOW_EXPIRED,
  /** The Secretariat closed the window early. */
  CLOSED_BY_SECRETARIAT
}
