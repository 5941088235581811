package org.plenary.capacity.domain;

import java.util.Optional;
import org.plenary.platform.identity.Participant;
import org.plenary.platform.identity.Role;

/**
 * Whoever reads or acts, and what that lets them see and do. {@code provider} says whether the
 * viewer's organization has posted an offer.
 */
public record Viewer(Optional<Participant> participant, boolean provider) {

  public static Viewer anonymous() {
    return new Viewer(Optional.empty(), false);
  }

  /**
   * Needs addressed to "States and providers" are read by participants of States and intergovernmental
   * organizations, by those who run the dialogue, and by accredited organizations that have posted an
   * offer (providers). The public and other stakeholders do not learn they exist.
   */
  public boolean seesRestrictedNeeds() {
    return participant.map(p -> p.organization().kind().isGovernmental() || p.runsTheDialogue()
        || (provider && p.organization().mayTakePart())).orElse(false);
  }

  public boolean sees(Need need) {
    return seesNeedOf(need.visibility());
  }

  public boolean seesNeedOf(Visibility visibility) {
    return visibility == Visibility.PUBLIC || seesRestrictedNeeds();
  }

  /** Engagements are read by the two parties and by those who run the dialogue; others see they exist, if they see the need. */
  public boolean sees(Engagement engagement) {
    return runsTheDialogue() || belongsTo(engagement.state().id()) || belongsTo(engagement.provider().id());
  }

  public boolean runsTheDialogue() {
    return participant.map(Participant::runsTheDialogue).orElse(false);
  }

  public boolean belongsTo(String organizationId) {
    return participant.map(p -> p.organization().id().equals(organizationId)).orElse(false);
  }

  /** A delegate speaks for the organization; members and others do not. */
  public boolean isDelegateOf(String organizationId) {
    return belongsTo(organizationId) && participant.orElseThrow().has(Role.DELEGATE);
  }

  public Optional<String> organizationId() {
    return participant.map(p -> p.organization().id());
  }
}
