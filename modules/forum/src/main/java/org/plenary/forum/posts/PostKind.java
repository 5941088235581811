package org.plenary.forum.posts;

import org.plenary.platform.wire.WireEnum;

public enum PostKind implements WireEnum {
  COMMENT,
  /** An official statement of a State or intergovernmental organization, posted by its delegate. */
  POSITION,
  REPLY,
  /** A State's answer to another's position, posted by a State delegate. */
  RIGHT_OF_REPLY;

  public boolean needsParent() {
    return this == REPLY || this == RIGHT_OF_REPLY;
  }
}
