package org.plenary.accreditation;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Row;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.plenary.platform.identity.Participant;

/**
 * An application as one viewer may see it. The applicant, the Chair and moderators see its status; States and
 * the Secretariat also see which States object and why ({@link Who#seesObjectors}).
 */
final class ApplicationView {

  private ApplicationView() {
  }

  static JsonObject toJson(Row row, Optional<Participant> viewer) {
    JsonObject json = new JsonObject()
        .put("id", row.getUUID("id").toString())
        .put("organization", new JsonObject()
            .put("id", row.getString("organization_id"))
            .put("name", row.getString("organization_name"))
            .put("kind", row.getString("organization_kind"))
            .put("accreditation", row.getString("organization_accreditation")))
        .put("name", row.getString("name"))
        .put("kind", row.getString("kind"))
        .put("country", new JsonObject().put("id", row.getString("country")).put("name", row.getString("country_name")))
        .put("website", row.getString("website"))
        .put("purpose", row.getString("purpose"))
        .put("ecosocStatus", row.getOffsetDateTime("ecosoc_confirmed_at") != null)
        .put("ecosocClaimed", row.getBoolean("ecosoc_claimed"))
        .put("status", row.getString("status"))
        .put("appliedAt", instant(row, "applied_at"))
        .put("windowOpen", row.getBoolean("window_open"));
    putIfPresent(json, "ecosocConfirmedAt", instant(row, "ecosoc_confirmed_at"));
    putIfPresent(json, "windowClosesAt", instant(row, "closes_at"));
    putIfPresent(json, "decidedAt", instant(row, "decided_at"));
    putIfPresent(json, "decidedHow", row.getString("decided_how"));
    putIfPresent(json, "withdrawnAt", instant(row, "withdrawn_at"));
    putIfPresent(json, "withdrawalReason", row.getString("withdrawal_reason"));
    if (Who.seesObjectors(viewer)) {
      json.put("objections", objections(row.getJsonArray("objections")));
    }
    return json;
  }

  private static JsonArray objections(JsonArray stored) {
    JsonArray objections = new JsonArray();
    if (stored == null) {
      return objections;
    }
    for (Object entry : stored) {
      JsonObject objection = (JsonObject) entry;
      JsonObject json = new JsonObject()
          .put("state", new JsonObject().put("id", objection.getString("stateId")).put("name", objection.getString("stateName")))
          .put("objectedAt", OffsetDateTime.parse(objection.getString("objectedAt")).toInstant().toString());
      putIfPresent(json, "reason", objection.getString("reason"));
      objections.add(json);
    }
    return objections;
  }

  private static String instant(Row row, String column) {
    OffsetDateTime value = row.getOffsetDateTime(column);
    return value == null ? null : value.toInstant().toString();
  }

  private static void putIfPresent(JsonObject json, String key, Object value) {
    if (value != null) {
      json.put(key, value);
    }
  }
}
