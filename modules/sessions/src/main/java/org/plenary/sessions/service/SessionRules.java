package org.plenary.sessions.service;

import java.util.Optional;
import org.plenary.platform.failure.Failure;
import org.plenary.platform.identity.Participant;
import org.plenary.platform.identity.Role;
import org.plenary.sessions.api.SessionAudience;
import org.plenary.sessions.api.SessionStatus;
import org.plenary.sessions.domain.Session;

/**
 * Who may do what with sessions; each refusal names its rule.
 *
 * <p>What a reader sees: the calendar (every session's kind, title, number, dates, venue, status and audience) is
 * public, anonymous readers included, as the UN's calendar of meetings is. A session's agenda and programme of work
 * are public for a session open to stakeholders (its formal meetings are public); for a States-only session they
 * are read only by those who may attend. The material of a session (statements, speakers lists, documents of
 * limited distribution, written inputs) follows {@link #mayAttend}: delegations of States and of the EU and those
 * who run the dialogue (moderators, the Chair, the Secretariat) attend every session; accredited stakeholders
 * attend a session for States and stakeholders.
 */
public final class SessionRules {

  private SessionRules() {
  }

  /** Sessions, agendas and meetings are created and run by the Secretariat and the Chair. */
  public static void mayRun(Participant actor, String action) {
    if (!actor.has(Role.SECRETARIAT) && !actor.has(Role.CHAIR)) {
      throw Failure.forbidden("secretariat-or-chair-only", "Only the Secretariat or the Chair",
          "Only the Secretariat or the Chair " + action + ".");
    }
  }

  public static boolean mayAttend(SessionAudience audience, Optional<Participant> reader) {
    return reader.map(p -> p.runsTheDialogue() || p.organization().kind().isGovernmental()
        || audience == SessionAudience.STATES_AND_STAKEHOLDERS && p.organization().kind().isStakeholder()
        && p.organization().mayTakePart()).orElse(false);
  }

  /** The agenda and programme of work: public for a session open to stakeholders, else for those who attend. */
  public static boolean seesProgramme(Session session, Optional<Participant> reader) {
    return session.audience() == SessionAudience.STATES_AND_STAKEHOLDERS || mayAttend(session.audience(), reader);
  }

  /** The agenda and programme of work of a States-only session, or the refusal saying why not. */
  public static void requireSeesProgramme(Session session, Optional<Participant> reader) {
    if (seesProgramme(session, reader)) {
      return;
    }
    if (reader.isEmpty()) {
      throw Failure.unauthenticated("states-only-session", "Sign in",
          "The agenda and programme of work of a session for States only are read by its delegations: sign in.");
    }
    throw Failure.forbidden("states-only-session", "A session for States only",
        "The agenda and programme of work of a session for States only are read by the delegations of States and"
            + " those who run the dialogue.");
  }

  /** A concluded session is the record of what happened: nothing of it changes any more. */
  public static void requireOpen(Session session, String change) {
    if (session.isConcluded()) {
      throw Failure.conflict("session-concluded", "The session is concluded",
          "Session " + session.id() + " is concluded: its " + change + " no longer changes.");
    }
  }

  /** Only forward, one step at a time: planned, in progress, concluded. */
  public static void requireNextStatus(Session session, SessionStatus target) {
    SessionStatus next = switch (session.status()) {
      case PLANNED -> SessionStatus.IN_PROGRESS;
      case IN_PROGRESS, CONCLUDED -> SessionStatus.CONCLUDED;
    };
    if (session.isConcluded() || target != next) {
      throw Failure.conflict("status-only-forward", "A session only moves forward",
          "Session " + session.id() + " is " + session.status().wire() + ": it can only become " + (session.isConcluded()
              ? "nothing else (it is concluded)" : next.wire()) + ", not " + target.wire() + ".");
    }
  }

  /** The agenda is adopted at the session's opening: once it is in progress, and once. */
  public static void requireAdoptable(Session session, boolean hasAgenda, boolean adopted) {
    requireOpen(session, "agenda");
    if (session.status() != SessionStatus.IN_PROGRESS) {
      throw Failure.conflict("adopted-at-opening", "Not yet open",
          "The agenda is adopted at the opening of the session: open session " + session.id() + " first.");
    }
    if (!hasAgenda) {
      throw Failure.conflict("no-agenda", "No agenda", "Session " + session.id() + " has no provisional agenda.");
    }
    if (adopted) {
      throw Failure.conflict("agenda-adopted", "Already adopted", "The agenda of session " + session.id()
          + " is adopted; change it by a new version with a reason (PUT its agenda).");
    }
  }
}
