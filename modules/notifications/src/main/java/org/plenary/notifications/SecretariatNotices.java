package org.plenary.notifications;

import io.vertx.core.Future;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.plenary.accreditation.api.AccreditationEvents;
import org.plenary.platform.events.OutboxEvent;
import org.plenary.platform.identity.Participants;
import org.plenary.platform.identity.Role;

/**
 * What the Secretariat, which runs the accreditation lists, is told: each objection of a State to a stakeholder's
 * application, and its withdrawal, with the objecting State (which the Secretariat may know; the applicant's
 * stream never carries it).
 */
final class SecretariatNotices {

  private SecretariatNotices() {
  }

  /** An objection raised or withdrawn, on its application's stream. */
  static boolean concerns(OutboxEvent event) {
    return event.stream().startsWith("accreditation:")
        && (event.is(AccreditationEvents.OBJECTION_RAISED) || event.is(AccreditationEvents.OBJECTION_WITHDRAWN));
  }

  /** An {@code objection-raised} or {@code objection-withdrawn} notification to everyone with the secretariat role. */
  static Future<NotificationStore.Batch> ofObjection(Participants participants, OutboxEvent event) {
    String reason = event.is(AccreditationEvents.OBJECTION_RAISED) ? "objection-raised" : "objection-withdrawn";
    return participants.withRole(Role.SECRETARIAT).map(people -> {
      Map<UUID, String> reasons = new LinkedHashMap<>();
      people.keySet().forEach(id -> reasons.put(id, reason));
      return new NotificationStore.Batch(reasons, event.type(), event.position(), null, null,
          Details.ofObjection(event));
    });
  }
}
