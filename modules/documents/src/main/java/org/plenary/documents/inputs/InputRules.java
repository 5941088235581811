package org.plenary.documents.inputs;

import java.util.Optional;
import org.plenary.platform.failure.Failure;
import org.plenary.platform.identity.Participant;
import org.plenary.platform.identity.Role;
import org.plenary.sessions.api.SessionAudience;
import org.plenary.sessions.api.SessionRef;

/** Who submits, reviews and reads written inputs; each refusal names its rule. */
final class InputRules {

  private InputRules() {
  }

  /** A delegate of an accredited stakeholder, for its own organization. */
  static void maySubmit(Participant author, Optional<String> forOrganization) {
    forOrganization.filter(id -> !id.equals(author.organization().id())).ifPresent(other -> {
      throw Failure.forbidden("own-organization-only", "Written inputs are submitted for one's own organization",
          "You act for " + author.organization().name() + "; nobody submits a written input for another"
              + " organization (" + other + ").");
    });
    if (!author.organization().kind().isStakeholder()) {
      throw Failure.forbidden("written-inputs-by-stakeholders", "Written inputs are stakeholders'",
          "Written inputs are submitted by accredited stakeholders (private sector, academia, civil society);"
              + " States and intergovernmental organizations take the floor or post statements instead.");
    }
    if (!author.organization().mayTakePart()) {
      throw Failure.forbidden("not-accredited", "Organization not accredited",
          "Your organization is not accredited: stakeholders submit written inputs once accredited through the"
              + " non-objection procedure.");
    }
    if (!author.has(Role.DELEGATE)) {
      throw Failure.forbidden("delegate-speaks-for-organization", "Written inputs are submitted by delegates",
          "A delegate speaks for the organization: written inputs are submitted by a delegate of "
              + author.organization().name() + ".");
    }
  }

  /**
   * A session held for States only is not open to stakeholders: they may not read its agenda, and its
   * material is not theirs to add to.
   */
  static void mayAddress(SessionRef session) {
    if (session.audience() == SessionAudience.STATES) {
      throw Failure.forbidden("session-closed-to-stakeholders", "The session is held for States only",
          session.title() + " is held for States only: it takes no written inputs of stakeholders.");
    }
  }

  /** The author's organization resubmits its own input. */
  static void mayResubmit(Participant author, WrittenInput input) {
    maySubmit(author, Optional.of(input.organization().id()));
  }

  static void mayReview(Participant reviewer) {
    if (!reviewer.has(Role.SECRETARIAT)) {
      throw Failure.forbidden("inputs-reviewed-by-secretariat", "Written inputs are reviewed by the Secretariat",
          "The Secretariat publishes written inputs or returns them with a reason.");
    }
  }

  /** Published inputs are public; others are for their organization and the Secretariat. */
  static boolean mayRead(WrittenInput input, Optional<Participant> reader) {
    return input.status() == InputStatus.PUBLISHED || reader.map(p -> seesUnpublished(p, input.organization().id()))
        .orElse(false);
  }

  static boolean seesUnpublished(Participant reader, String organizationId) {
    return reader.has(Role.SECRETARIAT) || reader.organization().id().equals(organizationId);
  }

  static Failure notFound(Object id) {
    return Failure.notFound("written-input-not-found", "No such written input", "There is no written input " + id
        + " (or none you may read: one not yet published is for its organization and the Secretariat).");
  }
}
