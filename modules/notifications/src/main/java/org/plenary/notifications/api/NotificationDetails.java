package org.plenary.notifications.api;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a notification repeats of its event's payload: the fields its recipients may see (stance, status,
 * version, ...), each as the event carried it. The contract declares them a free-form object, and they are
 * the producers' payload fields, so they are kept as named values rather than a record of every producer's
 * fields. Null values are kept, as the payload had them.
 */
public record NotificationDetails(Map<String, Object> fields) {

  public NotificationDetails {
    fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
  }

  /** A field that is text, or null when absent. */
  public String text(String field) {
    Object value = fields.get(field);
    return value == null ? null : ((CharSequence) value).toString();
  }
}
