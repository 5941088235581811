package org.plenary.forum.moderation;

import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import org.plenary.forum.api.ForumEvents;
import org.plenary.forum.posts.PostReader;
import org.plenary.forum.threads.Reader;
import org.plenary.platform.http.ApiModule;
import org.plenary.platform.http.ApiRoutes;
import org.plenary.platform.http.Created;
import org.plenary.platform.http.Cursor;
import org.plenary.platform.http.Made;
import org.plenary.platform.http.RequestInput;
import org.plenary.platform.http.Responses;
import org.plenary.platform.identity.Caller;
import org.plenary.platform.identity.Participant;

/** Flagging posts, and the moderators' queue and actions. */
public final class ModerationApi implements ApiModule {

  private static final String QUEUE = """
      SELECT f.id, f.reason, f.created_at, f.resolution, f.resolved_at, fp.display_name AS flagger_name,
             fp.organization_id AS flagger_organization, p.id AS post_id, p.thread_id, t.title AS thread_title,
             left(p.body_markdown, 280) AS excerpt, p.hidden
      FROM flag f JOIN participant fp ON fp.id = f.flagger_id JOIN post p ON p.id = f.post_id
      JOIN thread t ON t.id = p.thread_id
      WHERE (f.resolved_at IS NULL) = $1 AND f.id > $2
      ORDER BY f.id LIMIT $3""";

  private final Pool pool;
  private final PostReader posts;
  private final ModerationService service;

  public ModerationApi(Pool pool, PostReader posts, ModerationService service) {
    this.pool = pool;
    this.posts = posts;
    this.service = service;
  }

  @Override
  public String openApiFragment() {
    return "openapi/moderation.yaml";
  }

  @Override
  public void mount(ApiRoutes routes) {
    routes.onCreate("flagPost", this::flag, (rc, made) -> Future.succeededFuture(flagged(made)))
        .on("hidePost", this::hide)
        .on("restorePost", this::restore)
        .on("listFlags", this::queue)
        .on("dismissFlag", this::dismiss);
  }

  private void flag(RoutingContext rc) {
    Participant flagger = Caller.require(rc);
    if (!flagger.organization().mayTakePart()) {
      throw org.plenary.forum.threads.ThreadAccess.notAccredited();
    }
    RequestInput in = RequestInput.of(rc);
    long postId = in.id("postId");
    posts.view(postId, Reader.of(flagger))
        .compose(visible -> service.flag(flagger, postId, in.body().getString("reason")))
        .onSuccess(id -> Responses.json(rc, 201, new JsonObject().put("id", id).put("postId", postId)))
        .onFailure(rc::fail);
  }

  /** A flag whose first answer was lost: the answer names the flag and the post, as the first would have. */
  private static Created flagged(Made made) {
    JsonObject flag = made.payload(ForumEvents.POST_FLAGGED);
    return new Created(null, new JsonObject().put("id", flag.getLong("flagId")).put("postId", flag.getLong("postId")));
  }

  private void hide(RoutingContext rc) {
    Participant moderator = Caller.require(rc);
    RequestInput in = RequestInput.of(rc);
    long postId = in.id("postId");
    service.hide(moderator, postId, in.body().getString("reason"))
        .compose(done -> posts.view(postId, Reader.of(moderator)))
        .onSuccess(post -> Responses.ok(rc, post)).onFailure(rc::fail);
  }

  private void restore(RoutingContext rc) {
    Participant moderator = Caller.require(rc);
    RequestInput in = RequestInput.of(rc);
    long postId = in.id("postId");
    service.restore(moderator, postId, in.body().getString("reason"))
        .compose(done -> posts.view(postId, Reader.of(moderator)))
        .onSuccess(post -> Responses.ok(rc, post)).onFailure(rc::fail);
  }

  private void queue(RoutingContext rc) {
    ModerationService.requireModerator(Caller.require(rc));
    RequestInput in = RequestInput.of(rc);
    boolean open = !"resolved".equals(in.query("status").orElse("open"));
    long after = in.query("cursor").map(c -> Cursor.decode(c, Cursor.Key.LONG).whole(0)).orElse(0L);
    int limit = in.limit(50);
    pool.preparedQuery(QUEUE).execute(Tuple.of(open, after, limit + 1)).onSuccess(rows -> {
      JsonArray items = new JsonArray();
      long last = 0;
      for (Row row : rows) {
        if (items.size() == limit) {
          break;
        }
        items.add(toJson(row));
        last = row.getLong("id");
      }
      Responses.ok(rc, Responses.page(items, rows.size() > limit ? Cursor.encode(last) : null));
    }).onFailure(rc::fail);
  }

  private void dismiss(RoutingContext rc) {
    Participant moderator = Caller.require(rc);
    RequestInput in = RequestInput.of(rc);
    service.dismiss(moderator, in.id("flagId"), in.body().getString("reason"))
        .onSuccess(done -> Responses.noContent(rc)).onFailure(rc::fail);
  }

  private static JsonObject toJson(Row row) {
    JsonObject flag = new JsonObject()
        .put("id", row.getLong("id"))
        .put("reason", row.getString("reason"))
        .put("createdAt", row.getOffsetDateTime("created_at").toInstant().toString())
        .put("flaggedBy", new JsonObject().put("name", row.getString("flagger_name"))
            .put("organization", row.getString("flagger_organization")))
        .put("post", new JsonObject().put("id", row.getLong("post_id"))
            .put("threadId", row.getUUID("thread_id").toString()).put("threadTitle", row.getString("thread_title"))
            .put("excerpt", row.getString("excerpt")).put("hidden", row.getBoolean("hidden")));
    if (row.getString("resolution") != null) {
      flag.put("resolution", row.getString("resolution"))
          .put("resolvedAt", row.getOffsetDateTime("resolved_at").toInstant().toString());
    }
    return flag;
  }
}
