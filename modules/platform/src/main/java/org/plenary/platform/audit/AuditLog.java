package org.plenary.platform.audit;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Tuple;
import java.util.UUID;

/**
 * The append-only record of decisions: accreditation, moderation, summary publication, role changes.
 * Always written on the connection of the transaction that makes the decision, so a decision and its
 * record commit or roll back together. The table refuses updates and deletes.
 */
public final class AuditLog {

  private static final String APPEND = "INSERT INTO audit_entry (actor_id, action, subject_type, subject_id, reason,"
      + " details) VALUES ($1, $2, $3, $4, $5, $6)";

  private AuditLog() {
  }

  public static Future<Void> append(SqlConnection conn, UUID actorId, String action, String subjectType,
                                    String subjectId, String reason, JsonObject details) {
    return conn.preparedQuery(APPEND)
        .execute(Tuple.of(actorId, action, subjectType, subjectId, reason, details == null ? new JsonObject() : details))
        .mapEmpty();
  }
}
