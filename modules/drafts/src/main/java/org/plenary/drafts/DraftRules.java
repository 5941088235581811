package org.plenary.drafts;

import java.util.Optional;
import java.util.UUID;
import org.plenary.platform.failure.Failure;
import org.plenary.platform.identity.Participant;
import org.plenary.platform.identity.Role;
import org.plenary.platform.organizations.OrganizationKind;

/**
 * Every authorization decision of drafts and proposals, in one place; each refusal names the rule. Who may read
 * a draft is the forum's decision (its thread's audience, through {@link DraftAccess}); the record's own rules
 * (frozen, not accepting) are conflicts and stay with {@link DraftAccess}.
 */
public final class DraftRules {

  private DraftRules() {
  }

  /**
   * Stakeholders take part once accredited, as in the forum: the guard of every write of drafts and proposals,
   * so that an organization whose accreditation ended (objected, withdrawn) changes nothing any more.
   */
  public static Participant requireTakesPart(Participant participant) {
    if (!participant.organization().mayTakePart() && !participant.runsTheDialogue()) {
      throw Failure.forbidden("not-accredited", "Organization not accredited",
          "Your organization is not accredited: stakeholders take part once accredited through the"
              + " non-objection procedure.");
    }
    return participant;
  }

  /** Moderators and the Secretariat see who recorded what, even under the Chatham House Rule. */
  public static boolean seesBehindTheRule(Optional<Participant> reader) {
    return reader.map(Participant::isModeratorOrSecretariat).orElse(false);
  }

  /** A list filtered by a State or organization that the reader may not see behind the Chatham House Rule. */
  public static Failure chathamHouse(String detail) {
    return Failure.forbidden("chatham-house-rule", "The Chatham House Rule applies", detail);
  }

  public static void requirePublisher(Participant publisher) {
    if (!publisher.runsTheDialogue()) {
      throw Failure.forbidden("not-the-chair-or-secretariat", "Only those who run the dialogue publish drafts",
          "Versions of a draft are published by moderators, the Chair and the Secretariat.");
    }
  }

  public static void requireDecidesOnAmendments(Participant caller) {
    if (!caller.runsTheDialogue()) {
      throw Failure.forbidden("not-the-chair-or-secretariat", "Only those who publish versions decide on amendments",
          "Moderators, the Chair and the Secretariat, who publish the versions of a draft, say which amendments a"
              + " version does not retain.");
    }
  }

  public static void requireMayAmend(Participant author) {
    requireTakesPart(author);
    if (!author.has(Role.DELEGATE)) {
      throw Failure.forbidden("not-a-delegate", "Only delegates propose amendments",
          "Amendments are proposed by delegates, who speak for their organization; delegation members may comment.");
    }
  }

  /** The author withdraws an amendment, or a delegate of the same organization (who speaks for it). */
  public static void requireMayWithdrawAmendment(Participant caller, UUID author, String organization) {
    boolean own = caller.id().equals(author)
        || (caller.has(Role.DELEGATE) && caller.organization().id().equals(organization));
    if (!own) {
      throw Failure.forbidden("Only the amendment's author, or a delegate of the same organization,"
          + " withdraws it.");
    }
  }

  /**
   * States record stances; an intergovernmental organization's delegate records them for its member States.
   *
   * @return whether the delegate records for member States (an intergovernmental delegate)
   */
  public static boolean requireMayRecordStance(Participant delegate) {
    requireTakesPart(delegate);
    boolean forMembers = delegate.isDelegateOf(OrganizationKind.INTERGOVERNMENTAL);
    if (!delegate.isDelegateOf(OrganizationKind.STATE) && !forMembers) {
      throw Failure.forbidden("not-a-state-delegate", "Only State delegates record stances",
          "Stances on draft paragraphs are recorded by State delegates, or by intergovernmental delegates on behalf"
              + " of their member States. Others may comment or propose amendments.");
    }
    return forMembers;
  }

  public static void requireMayDissociate(Participant delegate) {
    requireTakesPart(delegate);
    if (!delegate.isDelegateOf(OrganizationKind.STATE)) {
      throw Failure.forbidden("not-a-state-delegate", "Only State delegates dissociate",
          "A State's delegate records that the State dissociates from paragraphs of a draft.");
    }
  }

  /** Proposals are the States': circulated, sponsored, tabled and withdrawn by their delegates. */
  public static void requireStateDelegate(Participant caller, String action) {
    requireTakesPart(caller);
    if (!caller.isDelegateOf(OrganizationKind.STATE)) {
      throw Failure.forbidden("not-a-state-delegate", "Only State delegates may do this",
          "Only the delegate of a State " + action + ".");
    }
  }

  public static void requireCirculatedBy(Participant delegate, String tabledFor) {
    if (!delegate.organization().id().equals(tabledFor)) {
      throw Failure.forbidden("Only a delegate of the State that circulated the proposal tables it.");
    }
  }

  public static void requireTabledBy(Participant delegate, String tabledFor) {
    if (!delegate.organization().id().equals(tabledFor)) {
      throw Failure.forbidden("Only a delegate of the State that tabled the proposal withdraws it.");
    }
  }

  /** Says nothing of the State named: under the Chatham House Rule not even whether it sponsors the proposal. */
  public static void requireOwnSponsorship(Participant delegate, String state) {
    if (!delegate.organization().id().equals(state)) {
      throw Failure.forbidden("Only a delegate of a State withdraws that State's sponsorship; yours is "
          + delegate.organization().name() + ".");
    }
  }
}
