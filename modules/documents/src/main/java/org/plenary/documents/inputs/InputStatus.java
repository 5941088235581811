package org.plenary.documents.inputs;

import org.plenary.platform.wire.WireEnum;

/** Where a written input stands: with the Secretariat, published, or back with its organization. */
public enum InputStatus implements WireEnum {
  SUBMITTED, PUBLISHED, RETURNED
}
