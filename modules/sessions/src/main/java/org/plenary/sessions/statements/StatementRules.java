package org.plenary.sessions.statements;

import org.plenary.platform.failure.Failure;
import org.plenary.platform.identity.Participant;
import org.plenary.platform.identity.Role;
import org.plenary.sessions.speakers.Speaker;
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
    mayWrite(author, entry.speaker(), setting);
  }

  /** The statement's file (PDF, Word, ODT) is attached once, by whoever may post the statement. */
  static void mayAttach(Participant author, Statement statement, SpeakingRules.Setting setting) {
    mayWrite(author, statement.speaker(), setting);
    if (statement.file().isPresent()) {
      throw Failure.conflict("one-file-per-statement", "The statement has its file",
          "The statement of " + statement.speaker().name() + " already has its file ("
              + statement.file().get().filename() + ").");
    }
  }

  private static void mayWrite(Participant author, Speaker speaker, SpeakingRules.Setting setting) {
    boolean ownDelegate = author.has(Role.DELEGATE) && author.organization().id().equals(speaker.id());
    if (!ownDelegate && !author.has(Role.SECRETARIAT)) {
      throw Failure.forbidden("statement-by-its-delegation", "Only its delegation posts a statement",
          "The statement of " + speaker.name() + " is posted by a delegate of " + speaker.name()
              + " (or by the Secretariat for it).");
    }
    if (setting.concluded()) {
      throw Failure.conflict("session-concluded", "The session is concluded",
          "The session is concluded: its record of statements is closed.");
    }
  }
}
