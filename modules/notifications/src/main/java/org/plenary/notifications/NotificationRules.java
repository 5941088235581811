package org.plenary.notifications;

import org.plenary.platform.failure.Failure;
import org.plenary.platform.identity.Participant;
import org.plenary.platform.identity.Role;

/**
 * Who may do what with notifications: each participant reads, marks and follows only their own (the API takes
 * the caller as the owner, so there is no one else's to name), a thread is followed only if the forum lets the
 * participant read it, and the Secretariat alone composes a day's digests by hand.
 */
final class NotificationRules {

  private NotificationRules() {
  }

  static void requireDigestComposer(Participant participant) {
    if (!participant.has(Role.SECRETARIAT)) {
      throw Failure.forbidden("Only the Secretariat composes the e-mail digests by hand.");
    }
  }
}
