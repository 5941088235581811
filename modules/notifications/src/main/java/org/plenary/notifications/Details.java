package org.plenary.notifications;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.plenary.drafts.api.DraftEvents;
import org.plenary.notifications.api.NotificationDetails;
import org.plenary.platform.events.OutboxEvent;

/**
 * What a notification repeats of its event's payload: only fields known to be fit for its recipients.
 * An accreditation event may carry the objecting State, which its stakeholder must never see; a stance
 * under the Chatham House Rule must not name its State.
 */
final class Details {

  private static final List<String> SHOWN = List.of("topicId", "paragraphId", "paragraph", "stance", "status",
      "outcome", "decision", "matchId", "needId", "offerId", "summaryId", "step", "stateId",
      "stateName", "version", "paragraphNumbers", "amendmentId", "incorporation", "again",
      // an engagement's step: which side took it and the titles of its need and offer, which both sides read
      "providerId", "by", "needTitle", "offerTitle",
      // a ping of the Points of Contact directory: its one-time link goes to the State's delegates only
      "exerciseId", "contactName", "kind", "deadline", "acknowledgeUrl");

  private Details() {
  }

  static NotificationDetails of(OutboxEvent event, boolean chathamHouse) {
    Map<String, Object> details = new LinkedHashMap<>();
    SHOWN.forEach(field -> {
      if (event.payload().containsKey(field)) {
        details.put(field, event.payload().getValue(field));
      }
    });
    if (event.stream().startsWith("organization:")) {
      details.put("organizationId", event.streamKey());
    } else if (!chathamHouse && event.is(DraftEvents.STANCE_RECORDED) && event.payload().containsKey("organizationId")) {
      details.put("organizationId", event.payload().getString("organizationId"));
    }
    return new NotificationDetails(details);
  }

  /**
   * To the Secretariat, of an objection raised or withdrawn: the application, its organization and the objecting
   * State, which the Secretariat may see (the applicant never does, and is never sent this).
   */
  static NotificationDetails ofObjection(OutboxEvent event) {
    Map<String, Object> details = new LinkedHashMap<>();
    List.of("applicationId", "organizationId", "organizationName", "stateId").forEach(field -> {
      if (event.payload().containsKey(field)) {
        details.put(field, event.payload().getValue(field));
      }
    });
    return new NotificationDetails(details);
  }

  /** To a State a joint statement names: the State asked, and whether it is asked again because its words changed. */
  static NotificationDetails ofRequest(OutboxEvent event, String state) {
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("stateId", state);
    if (event.payload().getBoolean("again", false)) {
      details.put("again", true);
    }
    return new NotificationDetails(details);
  }
}
