package org.plenary.accreditation;

import java.util.Optional;
import org.plenary.platform.failure.Failure;
import org.plenary.platform.identity.Participant;
import org.plenary.platform.identity.Role;
import org.plenary.platform.organizations.OrganizationKind;

/** Who may do and see what in the non-objection procedure, decided on the server for every request. */
final class Who {

  private Who() {
  }

  /**
   * Which States object, and why, is for States (who decide by objecting, delegates and members alike) and
   * the Secretariat (who administers the procedure). Not the Chair or moderators, who ask the Secretariat;
   * never intergovernmental organizations, stakeholders (the applicant included) or the public.
   */
  static boolean seesObjectors(Optional<Participant> viewer) {
    return viewer.map(p -> p.organization().kind() == OrganizationKind.STATE || p.has(Role.SECRETARIAT)).orElse(false);
  }

  /** States and those who run the dialogue follow every application; the Chair and moderators without objectors. */
  static boolean seesEveryApplication(Optional<Participant> viewer) {
    return seesObjectors(viewer) || viewer.map(Participant::runsTheDialogue).orElse(false);
  }

  /**
   * An application, and an organization's accreditation while it is not accredited (pending, objected,
   * withdrawn), is seen by those who see every application and by the organization's own people; anyone
   * else learns only what the public list says: accredited, or not listed.
   */
  static boolean seesApplicationOf(Optional<Participant> viewer, String organizationId) {
    return seesEveryApplication(viewer) || viewer.map(p -> p.organization().id().equals(organizationId)).orElse(false);
  }

  static Participant requireSecretariat(Participant caller, String action) {
    if (!caller.has(Role.SECRETARIAT)) {
      throw Failure.forbidden("not-the-secretariat", "Only the Secretariat may do this",
          "Only the Secretariat " + action + ".");
    }
    return caller;
  }

  /** A stakeholder's delegate applies for its own organization, in the default window; the Secretariat for any. */
  static void requireMayApplyForItself(Participant caller, ApplyForAccreditation request) {
    if (!caller.organization().kind().isStakeholder()) {
      throw Failure.forbidden("not-a-stakeholder", "Only stakeholders apply for accreditation",
          "Accreditation is for stakeholders (private sector, academia, civil society); States, intergovernmental"
              + " organizations and UN bodies take part without it.");
    }
    if (!caller.has(Role.DELEGATE)) {
      throw Failure.forbidden("Only your organization's delegate applies for its accreditation.");
    }
    String own = caller.organization().id();
    if (request.organizationId().filter(id -> !own.equals(id)).isPresent()) {
      throw Failure.forbidden("You apply for your own organization, '" + own + "'; the Secretariat registers others.");
    }
    if (request.windowDays().isPresent()) {
      throw Failure.forbidden("Only the Secretariat sets the length of the non-objection window.");
    }
  }

  /** A State's objection is withdrawn by that State's delegate only. */
  static void requireOwnObjection(Participant delegate, String stateId) {
    requireStateDelegate(delegate, "withdraws its State's objection");
    if (!delegate.organization().id().equals(stateId)) {
      throw Failure.forbidden("Only a delegate of " + stateId + " withdraws its objection.");
    }
  }

  static Participant requireStateDelegate(Participant caller, String action) {
    if (!caller.isDelegateOf(OrganizationKind.STATE)) {
      throw Failure.forbidden("not-a-state-delegate", "Only State delegates may do this",
          "Only the delegate of a State " + action + ".");
    }
    return caller;
  }
}
