package org.plenary.forum.threads;

import org.plenary.platform.wire.WireEnum;

public enum ThreadKind implements WireEnum {
  DISCUSSION,
  /** Time-boxed, with guiding questions; opened by moderators and the Secretariat. */
  CONSULTATION,
  /** A call for official positions; opened by moderators and the Secretariat. */
  POSITION_CALL,
  /** A negotiating text with numbered paragraphs; opened by moderators and the Secretariat. */
  DRAFT;

  public boolean openedOnlyByTheSecretariatSide() {
    return this != DISCUSSION;
  }
}
