package org.plenary.capacity.service;

import org.plenary.capacity.domain.Engagement;
import org.plenary.capacity.domain.Party;
import org.plenary.capacity.domain.Viewer;
import org.plenary.platform.failure.Failure;
import org.plenary.platform.identity.Participant;
import org.plenary.platform.identity.Role;
import org.plenary.platform.organizations.OrganizationKind;

/** Who may do what in capacity-building; each refusal names the rule. */
final class Rules {

  private Rules() {
  }

  static void mayPostNeed(Participant author) {
    if (!author.isDelegateOf(OrganizationKind.STATE)) {
      throw Failure.forbidden("Capacity-building needs are posted by delegates of States only.");
    }
  }

  static void mayPostOffer(Participant author) {
    if (!author.organization().mayTakePart()) {
      throw notAccredited();
    }
    if (!author.has(Role.DELEGATE)) {
      throw Failure.forbidden("Offers are posted by delegates: a delegate speaks for the organization.");
    }
  }

  static void mayChange(Viewer actor, Party owner, String what) {
    if (!actor.isDelegateOf(owner.id())) {
      throw Failure.forbidden("Only a delegate of " + owner.name() + " changes its " + what + ".");
    }
    if (!actor.participant().orElseThrow().organization().mayTakePart()) {
      throw notAccredited();
    }
  }

  /** The side {@code actor} speaks for in the engagement: a delegate of the State or of the provider. */
  static Engagement.Side sideOf(Viewer actor, Party state, Party provider, String action) {
    if (actor.isDelegateOf(state.id())) {
      return Engagement.Side.STATE;
    }
    if (actor.isDelegateOf(provider.id())) {
      if (!actor.participant().orElseThrow().organization().mayTakePart()) {
        throw notAccredited();
      }
      return Engagement.Side.PROVIDER;
    }
    throw Failure.forbidden("Only a delegate of " + state.name() + " (the requesting State) or of " + provider.name()
        + " (the provider) " + action + ".");
  }

  /** Those who run the dialogue list every engagement; a State or a provider lists its own. */
  static boolean seesEveryEngagement(Viewer reader) {
    return reader.runsTheDialogue();
  }

  static void mayRead(Viewer reader, Engagement engagement) {
    if (!reader.sees(engagement)) {
      throw Failure.forbidden("An engagement is read by the requesting State, the provider and those who run the"
          + " dialogue.");
    }
  }

  static Failure notAccredited() {
    return Failure.forbidden("not-accredited", "Organization not accredited",
        "Your organization is not accredited: stakeholders post offers and take part in capacity-building once"
            + " accredited through the non-objection procedure.");
  }
}
