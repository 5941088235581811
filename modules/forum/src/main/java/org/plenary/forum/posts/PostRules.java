package org.plenary.forum.posts;

import java.util.List;
import org.plenary.forum.ForumRules;
import org.plenary.platform.failure.Failure;
import org.plenary.platform.identity.Participant;

/** Who may post what (see {@link ForumRules#requireMayWrite}) and what a post of each kind needs, checked first. */
final class PostRules {

  private PostRules() {
  }

  static void check(Participant author, PostKind kind, Long parentId, Long alignsWith, List<String> onBehalfOf) {
    ForumRules.requireMayWrite(author, kind);
    if (kind.needsParent() && parentId == null) {
      throw Failure.invalid("A " + kind.wire() + " needs the parentId of the post it answers.");
    }
    if (!kind.needsParent() && parentId != null) {
      throw Failure.invalid("A " + kind.wire() + " starts a new line of discussion; to answer a post, use kind"
          + " 'reply' (or 'right-of-reply' to a position).");
    }
    if (kind != PostKind.POSITION && (alignsWith != null || !onBehalfOf.isEmpty())) {
      throw Failure.invalid("onBehalfOf and alignsWith belong to official positions only.");
    }
  }

}
