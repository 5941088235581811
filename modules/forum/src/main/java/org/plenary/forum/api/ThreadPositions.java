package org.plenary.forum.api;

import java.time.Instant;
import java.util.List;

/**
 * A thread as one reader may see it, with the official positions one organization spoke in there (its own, and
 * the joint statements naming it that it confirmed), newest first: the current one, and those it superseded or
 * withdrew. {@code latestAt} is when the latest of them was delivered, the order of a profile's threads.
 */
public record ThreadPositions(ThreadAsSeen thread, List<PostAsSeen> positions, Instant latestAt) {

  public ThreadPositions {
    positions = List.copyOf(positions);
  }
}
