package org.plenary.summary;

import java.util.Optional;
import org.plenary.platform.failure.Failure;
import org.plenary.platform.identity.Participant;
import org.plenary.platform.identity.Role;
import org.plenary.summary.domain.SummaryStatus;

/**
 * Who may do what with summaries: every authorization decision of the summaries context, in one place. Those
 * who run the dialogue (moderators, the Chair, the Secretariat) prepare them; the Chair alone takes a submitted
 * summary further; everyone else reads published Chair's summaries only.
 */
final class SummaryRules {

  private SummaryRules() {
  }

  /** Whether the reader sees draft and submitted summaries, and who wrote each version. */
  static boolean seesUnpublished(Optional<Participant> reader) {
    return reader.map(Participant::runsTheDialogue).orElse(false);
  }

  static void requireSummariser(Participant participant) {
    if (!participant.runsTheDialogue()) {
      throw Failure.forbidden("Summaries are prepared by moderators, the Chair and the Secretariat.");
    }
  }

  static void requireMayList(Optional<Participant> reader, SummaryStatus status) {
    if (!seesUnpublished(reader) && status != SummaryStatus.PUBLISHED) {
      throw Failure.forbidden("Draft and submitted summaries are for moderators, the Chair and"
          + " the Secretariat; everyone else lists the published Chair's summaries (status=published).");
    }
  }

  static void requireEditor(Participant editor, SummaryStatus status) {
    boolean submitted = status == SummaryStatus.SUBMITTED;
    if (submitted ? !editor.has(Role.CHAIR) : !editor.runsTheDialogue()) {
      throw Failure.forbidden(submitted ? "Once submitted, only the Chair edits the summary."
          : "Moderators, the Chair and the Secretariat edit draft summaries.");
    }
  }

  static void requireSubmitter(Participant who) {
    if (!who.isModeratorOrSecretariat()) {
      throw Failure.forbidden("Moderators and the Secretariat submit summaries to the Chair.");
    }
  }

  static void requireReturner(Participant who) {
    if (!who.has(Role.CHAIR)) {
      throw Failure.forbidden("Only the Chair returns a summary.");
    }
  }

  static void requirePublisher(Participant who) {
    if (!who.has(Role.CHAIR)) {
      throw Failure.forbidden("Only the Chair publishes a Chair's summary, on the Chair's own responsibility.");
    }
  }
}
