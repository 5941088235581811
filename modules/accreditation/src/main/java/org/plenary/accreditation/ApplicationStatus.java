package org.plenary.accreditation;

import org.plenary.platform.wire.WireEnum;

/** Where an application stands; also the organization's accreditation once decided. */
public enum ApplicationStatus implements WireEnum {
  /** The non-objection window is open. */
  PENDING,
  ACCREDITED,
  /** At least one State objected before the window closed. */
  OBJECTED,
  /** Accredited, then withdrawn by the Secretariat. */
  WITHDRAWN
}
