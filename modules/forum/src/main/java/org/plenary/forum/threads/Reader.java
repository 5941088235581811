package org.plenary.forum.threads;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.plenary.platform.identity.Participant;
import org.plenary.platform.organizations.OrganizationKind;

/** Whoever reads: anonymous or a participant, and what that lets them see. */
public record Reader(Optional<Participant> participant) {

  public static Reader anonymous() {
    return new Reader(Optional.empty());
  }

  public static Reader of(Participant participant) {
    return new Reader(Optional.of(participant));
  }

  public Set<Audience> visibleAudiences() {
    Set<Audience> audiences = EnumSet.of(Audience.PUBLIC);
    participant.filter(p -> p.organization().mayTakePart() || p.runsTheDialogue())
        .ifPresent(p -> audiences.add(Audience.PARTICIPANTS));
    if (speaksForGovernmentsOrRunsTheDialogue()) {
      audiences.add(Audience.STATES);
    }
    return audiences;
  }

  public boolean speaksForGovernmentsOrRunsTheDialogue() {
    return participant.map(p -> p.organization().kind().isGovernmental() || p.runsTheDialogue()).orElse(false);
  }

  /** Moderators and the Secretariat see who wrote what, even under the Chatham House Rule. */
  public boolean seesBehindChathamHouse() {
    return participant.map(Participant::isModeratorOrSecretariat).orElse(false);
  }

  /** Under the Chatham House Rule a reader sees a post's author only if it is their own, or they moderate. */
  public boolean seesIdentity(boolean chathamHouse, UUID authorId) {
    return !chathamHouse || seesBehindChathamHouse() || participant.map(p -> p.id().equals(authorId)).orElse(false);
  }

  public boolean isDelegateOfAGovernment() {
    return participant.map(p -> p.isDelegateOf(OrganizationKind.STATE) || p.isDelegateOf(OrganizationKind.INTERGOVERNMENTAL))
        .orElse(false);
  }
}
