package org.plenary.platform.audit;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import org.plenary.platform.http.ApiModule;
import org.plenary.platform.http.ApiProblem;
import org.plenary.platform.http.ApiRoutes;
import org.plenary.platform.http.Cursor;
import org.plenary.platform.http.RequestInput;
import org.plenary.platform.http.Responses;
import org.plenary.platform.identity.Caller;
import org.plenary.platform.identity.Participant;

/** {@code /audit}: the audit log, newest first, for moderators and the Secretariat. */
public final class AuditApi implements ApiModule {

  private static final String PAGE = """
      SELECT a.id, a.at, a.action, a.subject_type, a.subject_id, a.reason, a.details,
             p.id AS actor_id, p.username, p.display_name, p.organization_id
      FROM audit_entry a LEFT JOIN participant p ON p.id = a.actor_id
      WHERE ($1::bigint IS NULL OR a.id < $1)
        AND ($2::text IS NULL OR a.action = $2)
        AND ($3::text IS NULL OR a.subject_type = $3)
        AND ($4::text IS NULL OR a.subject_id = $4)
      ORDER BY a.id DESC LIMIT $5""";

  private final Pool pool;

  public AuditApi(Pool pool) {
    this.pool = pool;
  }

  @Override
  public String openApiFragment() {
    return "openapi/audit.yaml";
  }

  @Override
  public void mount(ApiRoutes routes) {
    routes.on("listAuditEntries", this::list);
  }

  private void list(RoutingContext rc) {
    Participant caller = Caller.require(rc);
    if (!caller.isModeratorOrSecretariat()) {
      throw ApiProblem.forbidden("Only moderators and the Secretariat read the audit log.");
    }
    RequestInput in = RequestInput.of(rc);
    int limit = in.limit(50);
    Long before = in.query("cursor").map(c -> Cursor.decode(c, Cursor.Key.LONG).whole(0)).orElse(null);
    Tuple params = Tuple.of(before, in.query("action").orElse(null), in.query("subjectType").orElse(null),
        in.query("subjectId").orElse(null), limit + 1);
    pool.preparedQuery(PAGE).execute(params).onSuccess(rows -> {
      JsonArray items = new JsonArray();
      long lastId = 0;
      for (Row row : rows) {
        if (items.size() == limit) {
          break;
        }
        items.add(toJson(row));
        lastId = row.getLong("id");
      }
      Responses.ok(rc, Responses.page(items, rows.size() > limit ? Cursor.encode(lastId) : null));
    }).onFailure(rc::fail);
  }

  private static JsonObject toJson(Row row) {
    JsonObject entry = new JsonObject()
        .put("id", row.getLong("id"))
        .put("at", row.getOffsetDateTime("at").toInstant().toString())
        .put("action", row.getString("action"))
        .put("subject", new JsonObject().put("type", row.getString("subject_type")).put("id", row.getString("subject_id")))
        .put("details", row.getJsonObject("details"));
    if (row.getString("reason") != null) {
      entry.put("reason", row.getString("reason"));
    }
    if (row.getUUID("actor_id") != null) {
      entry.put("actor", new JsonObject()
          .put("id", row.getUUID("actor_id").toString())
          .put("username", row.getString("username"))
          .put("name", row.getString("display_name"))
          .put("organization", row.getString("organization_id")));
    }
    return entry;
  }
}
