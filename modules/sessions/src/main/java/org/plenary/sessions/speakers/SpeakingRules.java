package org.plenary.sessions.speakers;

import java.util.Optional;
import org.plenary.platform.failure.Failure;
import org.plenary.platform.identity.Participant;
import org.plenary.platform.identity.Role;
import org.plenary.platform.organizations.Organization;
import org.plenary.platform.organizations.OrganizationKind;

/** Who may do what on a speakers list; each refusal names its rule. */
public final class SpeakingRules {

  /** Rights of reply a State has under one agenda item, whatever the meeting. */
  public static final int REPLIES_PER_ITEM = 2;

  private SpeakingRules() {
  }

  /** What the rules need to know of the session the list belongs to. */
  public record Setting(boolean concluded, boolean stakeholderSegment) {
  }

  /** A delegate inscribes its own organization, once per list, for a group only where it is the group's speaker. */
  public static SpeakerCategory mayInscribe(Participant delegate, String organizationId,
                                            Optional<SpeakingGroup> group, Setting setting, SpeakersList list) {
    open(setting);
    Organization own = speaksFor(delegate, organizationId);
    if (own.kind() == OrganizationKind.UN_BODY) {
      throw Failure.forbidden("speakers-are-delegations", "Only delegations inscribe",
          "The speakers list is for States, observers and, in a stakeholder segment, accredited stakeholders; "
              + own.name() + " runs the session.");
    }
    if (own.kind().isStakeholder()) {
      if (!setting.stakeholderSegment()) {
        throw Failure.forbidden("stakeholder-segment-only", "Stakeholders speak in their segment",
            "This session is for States only: stakeholders inscribe in a session with a stakeholder segment.");
      }
      if (!own.mayTakePart()) {
        throw Failure.forbidden("not-accredited", "Organization not accredited",
            "Your organization is not accredited: stakeholders take part once accredited.");
      }
    }
    if (group.isPresent() && !group.get().spokenForBy(own.id())) {
      throw Failure.forbidden("group-speaker-only", "Only the group's speaker speaks for it",
          "Statements on behalf of " + group.get().name() + " are made by its speaker"
              + group.get().speakerId().map(id -> " (" + id + ")").orElse(", and it has none recorded") + ".");
    }
    boolean already = list.statements().stream().anyMatch(e -> e.speaker().id().equals(own.id()));
    if (already) {
      throw Failure.conflict("one-inscription-per-item", "Already on the list",
          own.name() + " is already inscribed on this speakers list: one inscription per organization per item"
              + " and meeting (withdraw it to inscribe again).");
    }
    return SpeakerCategory.of(own, group.isPresent());
  }

  /** A State's delegate inscribes a right of reply: two per State per item, the second shorter. */
  public static int mayReply(Participant delegate, String organizationId, Setting setting, int repliesSoFar) {
    open(setting);
    Organization own = speaksFor(delegate, organizationId);
    if (own.kind() != OrganizationKind.STATE) {
      throw Failure.forbidden("reply-by-states", "Rights of reply are for States",
          "The right of reply is exercised by States; " + own.name() + " is not one.");
    }
    if (repliesSoFar >= REPLIES_PER_ITEM) {
      throw Failure.conflict("two-replies-per-item", "Two rights of reply per item",
          own.name() + " has already inscribed " + repliesSoFar + " rights of reply under this agenda item: a State"
              + " has two per item, the second shorter.");
    }
    return repliesSoFar + 1;
  }

  /** The delegation withdraws its own inscription while it is still waiting. */
  public static void mayWithdraw(Participant delegate, SpeakerEntry entry, Setting setting) {
    open(setting);
    if (!delegate.has(Role.DELEGATE) || !delegate.organization().id().equals(entry.speaker().id())) {
      throw Failure.forbidden("withdraw-own-only", "Only its delegation withdraws an inscription",
          "The inscription of " + entry.speaker().name() + " is withdrawn by a delegate of "
              + entry.speaker().name() + ".");
    }
    if (entry.status() != EntryStatus.WAITING) {
      throw Failure.conflict("speaker-already-heard", "The speaker was already called",
          entry.speaker().name() + " is " + entry.status().wire() + ": only a waiting inscription is withdrawn.");
    }
  }

  /** The Secretariat moves a statement, with a reason that the list shows. */
  public static void mayReorder(Participant actor, SpeakerEntry entry, Setting setting) {
    if (!actor.has(Role.SECRETARIAT)) {
      throw Failure.forbidden("reorder-by-secretariat", "Only the Secretariat reorders",
          "The order of the speakers list follows the rules; only the Secretariat moves a speaker, with a reason.");
    }
    open(setting);
    if (!entry.isStatement()) {
      throw Failure.conflict("replies-in-order", "Rights of reply keep their order",
          "Rights of reply are taken in the order of inscription at the end of the day; only statements are moved.");
    }
  }

  /** The Chair (or the Secretariat for it) runs the floor and sets the list's time limits. */
  public static void mayRunTheFloor(Participant actor, Setting setting) {
    if (!actor.has(Role.CHAIR) && !actor.has(Role.SECRETARIAT)) {
      throw Failure.forbidden("floor-by-chair", "The Chair runs the floor",
          "Only the Chair or the Secretariat gives the floor, marks speakers done or absent and sets time limits.");
    }
    open(setting);
  }

  private static Organization speaksFor(Participant delegate, String organizationId) {
    if (!delegate.has(Role.DELEGATE)) {
      throw Failure.forbidden("inscription-by-delegates", "Only delegates inscribe",
          "A delegate speaks for the organization: inscriptions on the speakers list are made by delegates.");
    }
    Organization own = delegate.organization();
    if (!own.id().equals(organizationId)) {
      throw Failure.forbidden("own-organization-only", "Inscribe your own organization only",
          "You are a delegate of " + own.name() + " and inscribe it only: nobody inscribes another organization"
              + " (" + organizationId + ") without its delegates.");
    }
    return own;
  }

  private static void open(Setting setting) {
    if (setting.concluded()) {
      throw Failure.conflict("session-concluded", "The session is concluded",
          "The session is concluded: its speakers lists are closed and kept as they stood.");
    }
  }
}
