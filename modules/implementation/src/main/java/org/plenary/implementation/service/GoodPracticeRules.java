package org.plenary.implementation.service;

import org.plenary.implementation.domain.GoodPractice;
import org.plenary.implementation.domain.PracticeMark;
import org.plenary.platform.failure.Failure;
import org.plenary.platform.identity.Participant;
import org.plenary.platform.identity.Role;
import org.plenary.platform.organizations.OrganizationKind;

/**
 * Who may do what with good practices; each refusal names its rule. (National reports' decisions are in
 * {@link ReportRules}: one class per decision area.)
 *
 * <p>A good practice is shared in an organization's name, so by one who speaks for it: a delegate of a State or of
 * an accredited stakeholder (a stakeholder takes part only once accredited). Endorsing and finding useful are a
 * State's word on another's practice, given by the State's delegates, once each per State. Everyone reads them.
 */
public final class GoodPracticeRules {

  private GoodPracticeRules() {
  }

  public static void mayShare(Participant actor) {
    OrganizationKind kind = actor.organization().kind();
    if (kind != OrganizationKind.STATE && !kind.isStakeholder()) {
      throw Failure.forbidden("states-and-stakeholders-share", "States and stakeholders share practice",
          "Good practices are shared by States and accredited stakeholders; " + actor.organization().name()
              + " is neither.");
    }
    if (!actor.organization().mayTakePart()) {
      throw Failure.forbidden("accredited-stakeholders-only", "Accreditation first",
          actor.organization().name() + " is not accredited (yet): a stakeholder shares good practices once"
              + " accredited.");
    }
    if (!actor.has(Role.DELEGATE)) {
      throw Failure.forbidden("delegates-only", "Delegates speak for the organization",
          "A good practice is shared in " + actor.organization().name() + "'s name: only its delegates do.");
    }
  }

  public static void mayMark(Participant actor, GoodPractice practice, PracticeMark mark) {
    String verb = mark == PracticeMark.ENDORSE ? "endorse" : "mark as useful";
    if (actor.organization().kind() != OrganizationKind.STATE) {
      throw Failure.forbidden("states-mark-only", "States endorse",
          "Only States " + verb + " good practices; " + actor.organization().name() + " is not a State.");
    }
    if (!actor.has(Role.DELEGATE)) {
      throw Failure.forbidden("delegates-only", "Delegates speak for the State",
          "To " + verb + " a good practice is " + actor.organization().name() + "'s word: only its delegates"
              + " give it.");
    }
    if (actor.organization().id().equals(practice.organizationId())) {
      throw Failure.forbidden("not-own-practice", "Your own practice",
          actor.organization().name() + " shared this practice: a State does not " + verb + " its own.");
    }
  }

  /** Whether the reader's State may endorse or find the practice useful: the page shows the buttons. */
  public static boolean mayMark(Participant reader, GoodPractice practice) {
    return reader.organization().kind() == OrganizationKind.STATE && reader.has(Role.DELEGATE)
        && !reader.organization().id().equals(practice.organizationId());
  }
}
