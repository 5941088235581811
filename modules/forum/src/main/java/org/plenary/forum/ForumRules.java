package org.plenary.forum;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.plenary.forum.posts.PostKind;
import org.plenary.forum.threads.Audience;
import org.plenary.forum.threads.EditThread;
import org.plenary.forum.threads.ThreadKind;
import org.plenary.platform.failure.Failure;
import org.plenary.platform.identity.Participant;
import org.plenary.platform.identity.Role;
import org.plenary.platform.organizations.OrganizationKind;

/**
 * Every authorization decision of the forum, in one place: who may read which audience, who may open, change,
 * post, edit, withdraw, moderate and decide on a State's name. Each refusal names the rule. The record's own
 * rules (a frozen record, a hidden post, the Chatham House Rule kept) are conflicts, and stay with the records.
 */
public final class ForumRules {

  private ForumRules() {
  }

  // Reading

  /** What a reader may see: public threads; participants' threads once accredited; States' threads as a government. */
  public static Set<Audience> audiencesOf(Optional<Participant> reader) {
    Set<Audience> audiences = EnumSet.of(Audience.PUBLIC);
    reader.filter(p -> p.organization().mayTakePart() || p.runsTheDialogue())
        .ifPresent(p -> audiences.add(Audience.PARTICIPANTS));
    if (speaksForGovernmentsOrRunsTheDialogue(reader)) {
      audiences.add(Audience.STATES);
    }
    return audiences;
  }

  public static boolean speaksForGovernmentsOrRunsTheDialogue(Optional<Participant> reader) {
    return reader.map(p -> p.organization().kind().isGovernmental() || p.runsTheDialogue()).orElse(false);
  }

  /** Moderators and the Secretariat see who wrote what, even under the Chatham House Rule. */
  public static boolean seesBehindChathamHouse(Optional<Participant> reader) {
    return reader.map(ForumRules::moderates).orElse(false);
  }

  public static boolean isDelegateOfAGovernment(Optional<Participant> reader) {
    return reader.map(p -> p.isDelegateOf(OrganizationKind.STATE) || p.isDelegateOf(OrganizationKind.INTERGOVERNMENTAL))
        .orElse(false);
  }

  // Taking part

  public static boolean moderates(Participant participant) {
    return participant.isModeratorOrSecretariat();
  }

  public static void requireMayTakePart(Participant participant) {
    if (!participant.organization().mayTakePart()) {
      throw notAccredited();
    }
  }

  public static Failure notAccredited() {
    return Failure.forbidden("not-accredited", "Organization not accredited",
        "Your organization is not accredited: stakeholders take part once accredited through the"
            + " non-objection procedure.");
  }

  public static void requireMayAddTopic(Participant participant) {
    if (!participant.has(Role.SECRETARIAT)) {
      throw Failure.forbidden("Only the Secretariat adds topics.");
    }
  }

  /** Those who run the dialogue (moderators, the Chair, the Secretariat) open every kind of thread. */
  public static void requireMayOpen(Participant opener, ThreadKind kind) {
    if (kind.openedOnlyByTheSecretariatSide() && !opener.runsTheDialogue()) {
      throw Failure.forbidden("Only moderators, the Chair and the Secretariat open a " + kind.wire() + " thread.");
    }
    if (!opener.runsTheDialogue() && !isDelegateOfAGovernment(Optional.of(opener))) {
      throw Failure.forbidden("Threads are opened by delegates of States and intergovernmental organizations,"
          + " moderators, the Chair and the Secretariat.");
    }
  }

  public static void requireMayChange(Participant editor, UUID threadAuthor, EditThread change) {
    boolean moderates = moderates(editor);
    if (!moderates && !threadAuthor.equals(editor.id())) {
      throw Failure.forbidden("Only the thread's author or a moderator may change it.");
    }
    if (!moderates) {
      change.moderatedFields().stream().findFirst().ifPresent(field -> {
        throw Failure.forbidden("Only moderators and the Secretariat change a thread's " + field + ".");
      });
    }
  }

  /** Who may write which kind of post, checked before anything is read or written. */
  public static void requireMayWrite(Participant author, PostKind kind) {
    requireMayTakePart(author);
    OrganizationKind organization = author.organization().kind();
    boolean delegate = author.has(Role.DELEGATE);
    if (kind == PostKind.POSITION && !(delegate && organization.isGovernmental())) {
      throw Failure.forbidden("not-a-delegate", "Only delegates post official positions",
          "An official position speaks for a State or intergovernmental organization: only its delegate may post one."
              + " Delegation members and stakeholders may comment.");
    }
    if (kind == PostKind.RIGHT_OF_REPLY && !(delegate && organization == OrganizationKind.STATE)) {
      throw rightOfReplyIsAStates();
    }
  }

  public static void requireMayExerciseRightsOfReply(Participant participant) {
    if (!participant.isDelegateOf(OrganizationKind.STATE)) {
      throw Failure.forbidden("A right of reply is exercised by the delegate of a State.");
    }
  }

  private static Failure rightOfReplyIsAStates() {
    return Failure.forbidden("not-a-state-delegate", "Only State delegates exercise a right of reply",
        "A right of reply is exercised by the delegate of a State.");
  }

  /** An intergovernmental organization speaks on behalf of its own member States, none other. */
  public static void requireMembers(Participant author, List<String> outsiders) {
    if (!outsiders.isEmpty()) {
      throw Failure.forbidden(author.organization().name() + " speaks on behalf of its member States only;"
          + " not members: " + outsiders + ".");
    }
  }

  public static void requireAuthor(Participant editor, UUID postAuthor) {
    if (!editor.id().equals(postAuthor)) {
      throw Failure.forbidden("Only the author edits a post; moderators hide posts instead.");
    }
  }

  public static void requireMayWithdraw(Participant delegate, String statementOrganization) {
    if (!delegate.has(Role.DELEGATE) || !delegate.organization().id().equals(statementOrganization)) {
      throw Failure.forbidden("Only a delegate of the organization that made the statement may withdraw it.");
    }
  }

  /** A State's name in a joint statement is decided by that State's delegate, and no one else. */
  public static void requireOwnState(Participant delegate, String state) {
    if (!delegate.organization().id().equals(state)) {
      throw Failure.forbidden("Only a delegate of " + state + " decides on that State's name in a joint statement.");
    }
  }

  public static void requireStateDelegate(Participant delegate) {
    if (!delegate.isDelegateOf(OrganizationKind.STATE)) {
      throw Failure.forbidden("Only a delegate of the State named decides on its name in a joint statement.");
    }
  }

  public static void requireModerator(Participant participant) {
    if (!moderates(participant)) {
      throw Failure.forbidden("Only moderators and the Secretariat moderate.");
    }
  }
}
