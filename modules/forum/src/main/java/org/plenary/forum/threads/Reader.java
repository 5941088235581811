package org.plenary.forum.threads;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.plenary.platform.identity.Participant;
import org.plenary.forum.ForumRules;

/** Whoever reads: anonymous or a participant, and what that lets them see (decided by {@link ForumRules}). */
public record Reader(Optional<Participant> participant) {

  public static Reader anonymous() {
    return new Reader(Optional.empty());
  }

  public static Reader of(Participant participant) {
    return new Reader(Optional.of(participant));
  }

  public Set<Audience> visibleAudiences() {
    return ForumRules.audiencesOf(participant);
  }

  public boolean speaksForGovernmentsOrRunsTheDialogue() {
    return ForumRules.speaksForGovernmentsOrRunsTheDialogue(participant);
  }

  public boolean seesBehindChathamHouse() {
    return ForumRules.seesBehindChathamHouse(participant);
  }

  /** Under the Chatham House Rule a reader sees a post's author only if it is their own, or they moderate. */
  public boolean seesIdentity(boolean chathamHouse, UUID authorId) {
    return !chathamHouse || seesBehindChathamHouse() || participant.map(p -> p.id().equals(authorId)).orElse(false);
  }

  public boolean isDelegateOfAGovernment() {
    return ForumRules.isDelegateOfAGovernment(participant);
  }
}
