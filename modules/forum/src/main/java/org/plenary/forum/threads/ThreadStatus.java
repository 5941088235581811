package org.plenary.forum.threads;

import org.plenary.platform.wire.WireEnum;

public enum ThreadStatus implements WireEnum {
  OPEN,
  /** Finished: readable, takes no posts. */
  CLOSED,
  /** Stopped by a moderator: readable, takes no posts. */
  LOCKED
}
