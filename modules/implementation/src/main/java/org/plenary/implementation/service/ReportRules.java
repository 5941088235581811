package org.plenary.implementation.service;

import java.util.Optional;
import org.plenary.implementation.domain.Audience;
import org.plenary.platform.failure.Failure;
import org.plenary.platform.identity.Participant;
import org.plenary.platform.identity.Role;
import org.plenary.platform.organizations.OrganizationKind;

/**
 * Who may do what with national reports; each refusal names its rule.
 *
 * <p>A report is the State's: its delegates draft it (several of them, each save a version), submit and publish
 * it; the members of its delegation read the draft but do not speak for the State, so neither save nor submit.
 * Nobody else reads a draft. A published report is read by everyone when published {@code public}; published
 * {@code states}, by the participants of States and by the Secretariat only (neither stakeholders nor
 * intergovernmental organizations: the survey is between States and the Secretary-General).
 */
public final class ReportRules {

  private ReportRules() {
  }

  /** The Secretariat opens the reporting cycles. */
  public static void mayOpenCycle(Participant actor) {
    if (!actor.has(Role.SECRETARIAT)) {
      throw Failure.forbidden("secretariat-only", "Only the Secretariat",
          "Only the Secretariat opens reporting cycles.");
    }
  }

  /** The draft and the versions of {@code stateId}'s report are read by its own delegation. */
  public static void mayReadDraft(Participant reader, String stateId) {
    requireState(reader);
    if (!reader.organization().id().equals(stateId)) {
      throw Failure.forbidden("own-state-only", "Another State's draft",
          "The draft of " + stateId + "'s national report is read by " + stateId + "'s delegation only, not by "
              + reader.organization().id() + ".");
    }
  }

  /** Saving, submitting and publishing {@code stateId}'s report: its delegates. */
  public static void mayDraft(Participant actor, String stateId, String action) {
    requireState(actor);
    if (!actor.organization().id().equals(stateId)) {
      throw Failure.forbidden("own-state-delegates-only", "Another State's report",
          "A delegate of " + actor.organization().id() + " may not " + action + " the national report of " + stateId
              + ": only " + stateId + "'s delegates do.");
    }
    if (!actor.has(Role.DELEGATE)) {
      throw Failure.forbidden("delegates-only", "Delegates speak for the State",
          "A member of " + stateId + "'s delegation reads its draft but may not " + action + " it: only "
              + stateId + "'s delegates speak for the State.");
    }
  }

  /** Whether {@code reader} may save, submit and publish {@code stateId}'s report: the editor shows it. */
  public static boolean mayEdit(Participant reader, String stateId) {
    return reader.organization().kind() == OrganizationKind.STATE && reader.organization().id().equals(stateId)
        && reader.has(Role.DELEGATE);
  }

  private static void requireState(Participant actor) {
    if (actor.organization().kind() != OrganizationKind.STATE) {
      throw Failure.forbidden("states-report-only", "Only States report",
          "National reports are written by States; " + actor.organization().name() + " is not a State.");
    }
  }

  /** Whether the reader reads reports published for States only. */
  public static boolean readsStatesReports(Optional<Participant> reader) {
    return reader.map(p -> p.organization().kind() == OrganizationKind.STATE || p.has(Role.SECRETARIAT))
        .orElse(false);
  }

  public static boolean mayRead(Audience audience, String stateId, Optional<Participant> reader) {
    return audience == Audience.PUBLIC || readsStatesReports(reader)
        || reader.filter(p -> p.organization().id().equals(stateId)).isPresent();
  }

  /** A published report the reader may read, or the refusal saying why not. */
  public static void requireRead(Audience audience, String stateId, Optional<Participant> reader) {
    if (mayRead(audience, stateId, reader)) {
      return;
    }
    if (reader.isEmpty()) {
      throw Failure.unauthenticated("states-only-report", "Sign in",
          stateId + " published its report for States and the Secretariat only: sign in as one of them.");
    }
    throw Failure.forbidden("states-only-report", "A report for States only",
        stateId + " published its report for States and the Secretariat only.");
  }

  /**
   * The compilation for the Secretary-General holds the reports published for States, so it is read by those who
   * read them: the Secretariat, which compiles it, and the States, whose survey it is.
   */
  public static void mayReadCompilation(Optional<Participant> reader) {
    if (reader.isEmpty()) {
      throw Failure.unauthenticated("compilation-states-and-secretariat", "Sign in",
          "The compilation holds reports published for States: sign in as the Secretariat or a State.");
    }
    if (!readsStatesReports(reader)) {
      throw Failure.forbidden("compilation-states-and-secretariat", "For the Secretariat and States",
          "The compilation holds reports published for States and the Secretariat only; "
              + reader.get().organization().name() + " may read the public reports one by one.");
    }
  }
}
