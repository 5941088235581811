package org.plenary.notifications;

/** Which events of other contexts are which kind of notification (docs/EVENTS.md). */
final class EventTypes {

  private EventTypes() {
  }

  /** A State's stance on a draft's paragraph: the drafts context emits {@code draft.stance-recorded}. */
  static boolean isStance(String type) {
    return type.startsWith("stance.") || type.equals("draft.stance-recorded");
  }
}
