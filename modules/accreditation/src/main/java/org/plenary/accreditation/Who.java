package org.plenary.accreditation;

import java.util.Optional;
import org.plenary.platform.http.ApiProblem;
import org.plenary.platform.identity.Participant;
import org.plenary.platform.identity.Role;
import org.plenary.platform.organizations.OrganizationKind;

/** Who may do and see what in the non-objection procedure, decided on the server for every request. */
final class Who {

  private Who() {
  }

  /** States decide on accreditation, and those who run the dialogue administer it: both see objections. */
  static boolean seesObjections(Optional<Participant> viewer) {
    return viewer.map(p -> p.organization().kind() == OrganizationKind.STATE || p.runsTheDialogue()).orElse(false);
  }

  /** Those who see objections see every application; everybody else only their own organization's. */
  static boolean seesApplicationOf(Optional<Participant> viewer, String organizationId) {
    return seesObjections(viewer) || viewer.map(p -> p.organization().id().equals(organizationId)).orElse(false);
  }

  static Participant requireSecretariat(Participant caller, String action) {
    if (!caller.has(Role.SECRETARIAT)) {
      throw new ApiProblem(403, "not-the-secretariat", "Only the Secretariat may do this",
          "Only the Secretariat " + action + ".");
    }
    return caller;
  }

  static Participant requireStateDelegate(Participant caller, String action) {
    if (!caller.isDelegateOf(OrganizationKind.STATE)) {
      throw new ApiProblem(403, "not-a-state-delegate", "Only State delegates may do this",
          "Only the delegate of a State " + action + ".");
    }
    return caller;
  }
}
