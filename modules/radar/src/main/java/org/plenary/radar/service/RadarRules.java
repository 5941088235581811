package org.plenary.radar.service;

import org.plenary.platform.failure.Failure;
import org.plenary.platform.identity.Participant;
import org.plenary.platform.identity.Role;
import org.plenary.platform.organizations.OrganizationKind;

/**
 * Who may do what on the radar; each refusal names its rule.
 *
 * <p>A signal and an assessment are given in an organization's name, so by its delegates, of a State, an
 * intergovernmental organization or an accredited stakeholder (a pending stakeholder takes part once accredited;
 * the UN's own offices run the radar, they do not rate it). Moderators and the Secretariat merge duplicates; the
 * Secretariat opens and closes rounds. Every signed-in participant reads the signals and the radar's aggregates;
 * an organization's own ratings only its participants read.
 */
public final class RadarRules {

  private RadarRules() {
  }

  /** Proposing a signal and rating one. */
  public static void mayTakePart(Participant actor) {
    OrganizationKind kind = actor.organization().kind();
    if (kind == OrganizationKind.UN_BODY) {
      throw Failure.forbidden("radar-participants-only", "States and stakeholders make the radar",
          "The radar is made by States, intergovernmental organizations and accredited stakeholders; "
              + actor.organization().name() + " is none of them.").with("organization", actor.organization().name());
    }
    if (!actor.organization().mayTakePart()) {
      throw Failure.forbidden("radar-accreditation-first", "Accreditation first",
          actor.organization().name() + " is not accredited (yet): a stakeholder takes part in the radar once"
              + " accredited.").with("organization", actor.organization().name());
    }
    if (!actor.has(Role.DELEGATE)) {
      throw Failure.forbidden("radar-delegates-only", "Delegates speak for the organization",
          "Signals and assessments are given in " + actor.organization().name() + "'s name: only its delegates"
              + " give them.").with("organization", actor.organization().name());
    }
  }

  /** Whether the reader may propose and rate: the page shows the forms. */
  public static boolean takesPart(Participant reader) {
    return reader.organization().kind() != OrganizationKind.UN_BODY && reader.organization().mayTakePart()
        && reader.has(Role.DELEGATE);
  }

  public static void mayMerge(Participant actor) {
    if (!actor.isModeratorOrSecretariat()) {
      throw Failure.forbidden("radar-moderators-merge", "Moderators curate the signals",
          "Only moderators and the Secretariat merge signals.");
    }
  }

  public static void mayRunRounds(Participant actor) {
    if (!actor.has(Role.SECRETARIAT)) {
      throw Failure.forbidden("radar-secretariat-rounds", "The Secretariat runs the rounds",
          "Only the Secretariat opens and closes rounds of the radar.");
    }
  }
}
