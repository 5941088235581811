package org.plenary.platform.audit;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import java.util.Set;
import org.plenary.platform.http.ApiModule;
import org.plenary.platform.failure.Failure;
import org.plenary.platform.http.ApiRoutes;
import org.plenary.platform.http.Cursor;
import org.plenary.platform.http.RequestInput;
import org.plenary.platform.http.Responses;
import org.plenary.platform.identity.Caller;
import org.plenary.platform.identity.Participant;
import org.plenary.platform.identity.Role;

/**
 * {@code /audit}: the audit log, newest first, for moderators, the Chair and the Secretariat. The Chair
 * reads how the dialogue is run, not who among the delegations did what: an entry by someone outside the
 * Secretariat and the Chair's office (a State objecting to an accreditation, a State deciding on its name in
 * a joint statement, possibly under the Chatham House Rule) reaches the Chair without its actor or State;
 * the Chair asks the Secretariat.
 */
public final class AuditApi implements ApiModule {

  private static final String PAGE = """
      SELECT a.id, a.at, a.action, a.subject_type, a.subject_id, a.reason, a.details,
             p.id AS actor_id, p.username, p.display_name, p.organization_id, o.kind AS organization_kind
      FROM audit_entry a LEFT JOIN participant p ON p.id = a.actor_id
      LEFT JOIN organization o ON o.id = p.organization_id
      WHERE ($1::bigint IS NULL OR a.id < $1)
        AND ($2::text IS NULL OR a.action = $2)
        AND ($3::text IS NULL OR a.subject_type = $3)
        AND ($4::text IS NULL OR a.subject_id = $4)
      ORDER BY a.id DESC LIMIT $5""";

  private final Pool pool;
  private final Set<String> secretariatOnly;

  /**
   * {@code secretariatOnly}: actions whose actor, reason and details only the Secretariat may read (the
   * objection of a State to an accreditation); other readers see that the action happened, to what and when.
   */
  public AuditApi(Pool pool, Set<String> secretariatOnly) {
    this.pool = pool;
    this.secretariatOnly = Set.copyOf(secretariatOnly);
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
    if (!caller.runsTheDialogue()) {
      throw Failure.forbidden("Only moderators, the Chair and the Secretariat read the audit log.");
    }
    boolean seesEveryActor = caller.isModeratorOrSecretariat();
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
        boolean whole = caller.has(Role.SECRETARIAT) || !secretariatOnly.contains(row.getString("action"));
        items.add(toJson(row, whole, seesEveryActor));
        lastId = row.getLong("id");
      }
      Responses.ok(rc, Responses.page(items, rows.size() > limit ? Cursor.encode(lastId) : null));
    }).onFailure(rc::fail);
  }

  /**
   * {@code whole}: the entry's actor, reason and details may be read at all; {@code seesEveryActor}: also
   * when the actor is a delegation rather than the Secretariat or the Chair's office.
   */
  private static JsonObject toJson(Row row, boolean whole, boolean seesEveryActor) {
    boolean actorShown = seesEveryActor || "un-body".equals(row.getString("organization_kind"));
    JsonObject details = whole ? row.getJsonObject("details") : new JsonObject();
    if (!actorShown) {
      details.remove("state");
    }
    JsonObject entry = new JsonObject()
        .put("id", row.getLong("id"))
        .put("at", row.getOffsetDateTime("at").toInstant().toString())
        .put("action", row.getString("action"))
        .put("subject", new JsonObject().put("type", row.getString("subject_type")).put("id", row.getString("subject_id")))
        .put("details", details);
    if (!whole) {
      return entry.put("withheld", true);
    }
    if (row.getString("reason") != null) {
      entry.put("reason", row.getString("reason"));
    }
    if (row.getUUID("actor_id") != null && !actorShown) {
      entry.put("actorWithheld", true);
    } else if (row.getUUID("actor_id") != null) {
      entry.put("actor", new JsonObject()
          .put("id", row.getUUID("actor_id").toString())
          .put("username", row.getString("username"))
          .put("name", row.getString("display_name"))
          .put("organization", row.getString("organization_id")));
    }
    return entry;
  }
}
