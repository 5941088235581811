package org.plenary.sessions.speakers;

import org.plenary.platform.failure.Failure;

/**
 * How long each speaker has, set per list: a national statement, a statement on behalf of a group, and the first
 * and second right of reply (the second shorter).
 */
public record TimeLimits(int nationalSeconds, int groupSeconds, int firstReplySeconds, int secondReplySeconds) {

  public static final TimeLimits DEFAULT = new TimeLimits(300, 420, 300, 180);

  /** The limits as the Secretariat sets them; the contract bounds each, this the relation between them. */
  public static TimeLimits of(int nationalSeconds, int groupSeconds, int firstReplySeconds, int secondReplySeconds) {
    if (secondReplySeconds >= firstReplySeconds) {
      throw Failure.invalid("second-reply-shorter", "The second reply must be shorter",
          "A second right of reply is shorter than the first: secondReplySeconds (" + secondReplySeconds
              + ") must be less than firstReplySeconds (" + firstReplySeconds + ").");
    }
    return new TimeLimits(nationalSeconds, groupSeconds, firstReplySeconds, secondReplySeconds);
  }

  public int secondsFor(SpeakerEntry entry) {
    if (entry.kind() == EntryKind.RIGHT_OF_REPLY) {
      return entry.replyNumber() == 1 ? firstReplySeconds : secondReplySeconds;
    }
    return entry.onBehalfOf().isPresent() ? groupSeconds : nationalSeconds;
  }
}
