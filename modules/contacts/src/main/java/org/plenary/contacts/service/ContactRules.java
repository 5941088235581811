package org.plenary.contacts.service;

import java.util.Optional;
import org.plenary.contacts.domain.ContactEntry;
import org.plenary.platform.failure.Failure;
import org.plenary.platform.identity.Participant;
import org.plenary.platform.identity.Role;
import org.plenary.platform.organizations.OrganizationKind;

/**
 * Who may do what with the Points of Contact directory; each refusal names its rule.
 *
 * <p>The directory is a confidence-building measure between States: its delegates, the moderators and the
 * Secretariat read it; for everyone else (stakeholders, intergovernmental organizations, the anonymous, and the
 * members of a State's delegation unless the State allows it) it does not exist, so they get a 404 rather than a
 * 403 that would confirm what is there. A State's delegates nominate its contacts; the Secretariat runs the ping
 * exercises; an exercise's results by State are the State's own and the Secretariat's, its aggregate every State's.
 */
public final class ContactRules {

  private ContactRules() {
  }

  /** Whether {@code reader} reads the whole directory. */
  public static boolean readsDirectory(Optional<Participant> reader) {
    return reader.map(p -> p.isModeratorOrSecretariat() || p.isDelegateOf(OrganizationKind.STATE)).orElse(false);
  }

  /** The directory, or a 404 for whoever may not know what is in it. */
  public static void requireDirectory(Optional<Participant> reader) {
    if (!readsDirectory(reader)) {
      throw hidden();
    }
  }

  /** One State's entry: the directory's readers, and the State's own members when the State allows them. */
  public static boolean mayReadEntry(Optional<Participant> reader, ContactEntry entry) {
    return readsDirectory(reader) || reader.filter(p -> entry.membersMayRead()
        && p.organization().id().equals(entry.stateId())).isPresent();
  }

  public static Failure hidden() {
    return Failure.notFound("directory-states-only", "Not found",
        "There is no such directory for you: the Points of Contact directory is read by States' delegates, the"
            + " moderators and the Secretariat.");
  }

  /** Nominating {@code stateId}'s points of contact: its delegates. */
  public static void mayNominate(Participant actor, String stateId) {
    if (!actor.isDelegateOf(OrganizationKind.STATE)) {
      throw Failure.forbidden("state-delegates-nominate", "States' delegates nominate",
          "Points of contact are nominated by a State's delegates; " + actor.organization().name()
              + " cannot nominate any.");
    }
    if (!actor.organization().id().equals(stateId)) {
      throw Failure.forbidden("own-contacts-only", "Another State's contacts",
          "A delegate of " + actor.organization().id() + " may not change the points of contact of " + stateId
              + ": only " + stateId + "'s delegates do.");
    }
  }

  /** The Secretariat starts ping exercises. */
  public static void mayStartExercise(Participant actor) {
    if (!actor.has(Role.SECRETARIAT)) {
      throw Failure.forbidden("secretariat-pings", "Only the Secretariat",
          "Only the Secretariat starts ping exercises.");
    }
  }

  /** The results by State of {@code stateId}: the State itself and the Secretariat. */
  public static boolean readsResultOf(Participant reader, String stateId) {
    return reader.has(Role.SECRETARIAT) || reader.organization().kind() == OrganizationKind.STATE
        && reader.organization().id().equals(stateId);
  }

  /** Exercises and their aggregate: the directory's readers and the State's members who read their own result. */
  public static void requireExercises(Optional<Participant> reader) {
    if (reader.map(p -> readsDirectory(reader) || p.organization().kind() == OrganizationKind.STATE).orElse(false)) {
      return;
    }
    throw hidden();
  }

  /** Posting the training need the directory offers: the State's delegates, as the board asks. */
  public static void mayPostTrainingNeed(Participant actor, String stateId) {
    mayNominate(actor, stateId);
  }
}
