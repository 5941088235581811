package org.plenary.forum.posts;

import io.vertx.core.Future;
import io.vertx.sqlclient.SqlClient;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.plenary.forum.ForumConfig;
import org.plenary.platform.failure.Failure;

/**
 * The General Assembly's practice for rights of reply: a State exercises at most two in a thread per day
 * (UTC), the second shorter than the first. Counted under the thread's row lock, so two replies sent at
 * once cannot both be the second.
 */
public final class RightsOfReply {

  public static final int PER_DAY = 2;

  /** A State's rights of reply in a thread today, and when the next day (UTC) begins. */
  public record Used(int today, Instant nextDay) {
  }

  /**
   * What a State may still say in a thread today: {@code maxChars} the limit of each right of reply of a day, in
   * order; {@code nextMaxChars} that of the next one, none when today's are used.
   */
  public record Standing(int perDay, int usedToday, List<Integer> maxChars, Instant nextDayStartsAt,
                         Optional<Integer> nextMaxChars) {
  }

  private final PostStore posts;
  private final List<Integer> maxChars;

  public RightsOfReply(PostStore posts, ForumConfig config) {
    this.posts = posts;
    this.maxChars = List.of(config.firstRightOfReplyMaxChars(), config.secondRightOfReplyMaxChars());
  }

  /** For a new right of reply of {@code state} in the thread (whose row the transaction holds locked). */
  Future<Void> checkNew(SqlClient conn, UUID threadId, String state, String stateName, String body) {
    return posts.rightsOfReplyToday(conn, threadId, state).map(used -> {
      if (used.today() >= PER_DAY) {
        throw Failure.conflict("rights-of-reply-used", "No more rights of reply today",
            "A State exercises at most " + PER_DAY + " rights of reply in a thread per day (UTC), as in the General"
                + " Assembly; " + stateName + " has exercised both in this thread today. The next may be made from "
                + used.nextDay() + ".");
      }
      checkLength(used.today(), body);
      return null;
    });
  }

  /** An edit keeps a right of reply within the limit that applied when it was made. */
  Future<Void> checkEdit(SqlClient conn, long postId, String body) {
    return posts.rightsOfReplyBefore(conn, postId).map(before -> {
      checkLength(Math.min(before, PER_DAY - 1), body);
      return null;
    });
  }

  /** What the caller's State may still say in the thread today: for the composer. */
  public Future<Standing> standing(SqlClient client, UUID threadId, String state) {
    return posts.rightsOfReplyToday(client, threadId, state).map(used -> new Standing(PER_DAY, used.today(), maxChars,
        used.nextDay(), used.today() < PER_DAY ? Optional.of(maxChars.get(used.today())) : Optional.empty()));
  }

  private void checkLength(int ordinal, String body) {
    int limit = maxChars.get(ordinal);
    int length = length(body);
    if (length > limit) {
      throw Failure.invalid("right-of-reply-too-long", "The right of reply is too long",
          "A State's " + (ordinal == 0 ? "first" : "second") + " right of reply in a thread on a day is at most "
              + limit + " characters" + (ordinal == 0 ? "" : " (the second is shorter, as in the General Assembly)")
              + "; this one has " + length + ".");
    }
  }

  /** Characters as a reader counts them: code points of the text as written, without surrounding blanks. */
  static int length(String body) {
    String text = body.strip();
    return text.codePointCount(0, text.length());
  }
}
