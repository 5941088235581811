package org.plenary.accreditation;

import static org.plenary.platform.database.Columns.instant;
import static org.plenary.platform.database.Columns.optionalInstant;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Row;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.plenary.platform.wire.WireEnum;

/** Rows of {@link AccreditationQueries} as the context's records; only {@link ApplicationStore} reads rows. */
final class Rows {

  private Rows() {
  }

  /** A row of {@code AccreditationQueries.VIEW}. */
  static Application application(Row row) {
    return new Application(row.getUUID("id"),
        new Application.Organization(row.getString("organization_id"), row.getString("organization_name"),
            row.getString("organization_kind"), row.getString("organization_accreditation")),
        row.getString("name"), row.getString("kind"),
        new Application.Named(row.getString("country"), row.getString("country_name")),
        row.getString("website"), row.getString("purpose"), row.getBoolean("ecosoc_claimed"),
        optionalInstant(row, "ecosoc_confirmed_at"), status(row), instant(row, "applied_at"),
        row.getBoolean("window_open"), optionalInstant(row, "closes_at"), optionalInstant(row, "decided_at"),
        Optional.ofNullable(row.getString("decided_how")).map(how -> WireEnum.parse(Decided.class, how)),
        optionalInstant(row, "withdrawn_at"), Optional.ofNullable(row.getString("withdrawal_reason")),
        objections(row.getJsonArray("objections")));
  }

  /** The standing objections, aggregated by the query as JSON (null when there is none). */
  private static List<Application.Objection> objections(JsonArray stored) {
    List<Application.Objection> objections = new ArrayList<>();
    if (stored == null) {
      return objections;
    }
    for (Object entry : stored) {
      JsonObject objection = (JsonObject) entry;
      objections.add(new Application.Objection(
          new Application.Named(objection.getString("stateId"), objection.getString("stateName")),
          Optional.ofNullable(objection.getString("reason")),
          OffsetDateTime.parse(objection.getString("objectedAt")).toInstant()));
    }
    return List.copyOf(objections);
  }

  /** A row of {@code LOCK_ORGANIZATION}. */
  static RegisteredOrganization organization(Row row) {
    return new RegisteredOrganization(row.getString("id"), row.getString("kind"), row.getString("name"),
        row.getString("accreditation"));
  }

  /** A row of {@code LOCK_APPLICATION}; {@code window_open} is null when there is no window. */
  static LockedApplication locked(Row row) {
    return new LockedApplication(row.getString("organization_id"), status(row),
        Boolean.TRUE.equals(row.getBoolean("window_open")), optionalInstant(row, "closes_at"));
  }

  /** A row of {@code ACCREDITED_PAGE}; the application's columns are null when none accredited it. */
  static AccreditedOrganization accredited(Row row) {
    Optional<AccreditedOrganization.Grant> grant = Optional.ofNullable(row.getUUID("application_id"))
        .map(applicationId -> new AccreditedOrganization.Grant(applicationId, row.getString("website"),
            new Application.Named(row.getString("country"), row.getString("country_name")),
            row.getBoolean("ecosoc_status"), instant(row, "decided_at")));
    return new AccreditedOrganization(row.getString("id"), row.getString("kind"), row.getString("name"), grant);
  }

  private static ApplicationStatus status(Row row) {
    return WireEnum.parse(ApplicationStatus.class, row.getString("status"));
  }
}
