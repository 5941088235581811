package org.plenary.notifications;

/** Which events of other contexts are which kind of notification (docs/EVENTS.md). */
final class EventTypes {

  private EventTypes() {
  }

  /** A joint statement names States other than the one delivering it: each is asked to confirm (modules/forum). */
  static final String JOINT_STATEMENT_REQUESTED = "post.joint-statement-requested";

  /** A State named by a joint statement confirmed, declined, or took its name off. */
  static boolean isJointStatementDecision(String type) {
    return type.equals("post.joint-statement-confirmed") || type.equals("post.joint-statement-declined")
        || type.equals("post.joint-statement-left");
  }

  /**
   * What became of an amendment, on its author's own {@code participant:} stream (modules/drafts): the
   * notification's reason is {@code amendment-} and its {@code status}, {@code incorporated} or {@code not-retained}.
   */
  static final String AMENDMENT_DECIDED = "draft.amendment-decided";

  /** A State's stance on a draft's paragraph: the drafts context emits {@code draft.stance-recorded}. */
  static boolean isStance(String type) {
    return type.startsWith("stance.") || type.equals("draft.stance-recorded");
  }
}
