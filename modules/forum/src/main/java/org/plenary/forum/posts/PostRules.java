package org.plenary.forum.posts;

import java.util.List;
import org.plenary.forum.threads.ThreadAccess;
import org.plenary.platform.failure.Failure;
import org.plenary.platform.identity.Participant;
import org.plenary.platform.identity.Role;
import org.plenary.platform.organizations.OrganizationKind;

/** Who may post what, checked before anything is read or written. */
final class PostRules {

  private PostRules() {
  }

  static void check(Participant author, PostKind kind, Long parentId, Long alignsWith, List<String> onBehalfOf) {
    if (!author.organization().mayTakePart()) {
      throw ThreadAccess.notAccredited();
    }
    OrganizationKind organization = author.organization().kind();
    boolean delegate = author.has(Role.DELEGATE);
    if (kind == PostKind.POSITION && !(delegate && organization.isGovernmental())) {
      throw Failure.forbidden("not-a-delegate", "Only delegates post official positions",
          "An official position speaks for a State or intergovernmental organization: only its delegate may post one."
              + " Delegation members and stakeholders may comment.");
    }
    if (kind == PostKind.RIGHT_OF_REPLY && !(delegate && organization == OrganizationKind.STATE)) {
      throw Failure.forbidden("not-a-state-delegate", "Only State delegates exercise a right of reply",
          "A right of reply is exercised by the delegate of a State.");
    }
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
