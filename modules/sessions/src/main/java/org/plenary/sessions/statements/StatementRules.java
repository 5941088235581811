package org.plenary.sessions.statements;

import org.plenary.platform.failure.Failure;
import org.plenary.platform.identity.Participant;
import org.plenary.platform.identity.Role;
import org.plenary.sessions.speakers.SpeakerEntry;
import org.plenary.sessions.speakers.SpeakingRules;

/** Who posts a statement, and when; each refusal names its rule. */
final class StatementRules {

  private StatementRules() {
  }

  /**
   * A delegate of the organization that inscribed posts its statement, before delivery (checked against it) or
   * after, while the session runs (a delegation absent when called may still hand in its text); the Secretariat
   * posts one for a delegation that hands it the text.
   */
  static void mayPost(Participant author, SpeakerEntry entry, SpeakingRules.Setting setting) {
    boolean ownDelegate = author.has(Role.DELEGATE) && author.organization().id().equals(entry.speaker().id());
    if (!ownDelegate && !author.has(Role.SECRETARIAT)) {
      throw Failure.forbidden("statement-by-its-delegation", "Only its delegation posts a statement",
          "The statement of " + entry.speaker().name() + " is posted by a delegate of " + entry.speaker().name()
              + " (or by the Secretariat for it).");
    }
    if (setting.concluded()) {
      throw Failure.conflict("session-concluded", "The session is concluded",
          "The session is concluded: its record of statements is closed.");
    }
  }
}
