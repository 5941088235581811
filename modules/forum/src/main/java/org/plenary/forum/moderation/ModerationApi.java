package org.plenary.forum.moderation;

import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import org.plenary.forum.ForumRules;
import org.plenary.forum.api.ForumEvents;
import org.plenary.forum.api.ForumJson;
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

  private final PostReader posts;
  private final ModerationService service;

  public ModerationApi(PostReader posts, ModerationService service) {
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
    ForumRules.requireMayTakePart(flagger);
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
        .onSuccess(post -> Responses.ok(rc, ForumJson.post(post))).onFailure(rc::fail);
  }

  private void restore(RoutingContext rc) {
    Participant moderator = Caller.require(rc);
    RequestInput in = RequestInput.of(rc);
    long postId = in.id("postId");
    service.restore(moderator, postId, in.body().getString("reason"))
        .compose(done -> posts.view(postId, Reader.of(moderator)))
        .onSuccess(post -> Responses.ok(rc, ForumJson.post(post))).onFailure(rc::fail);
  }

  private void queue(RoutingContext rc) {
    Participant moderator = Caller.require(rc);
    // refused before the query is read: a bad cursor tells a non-moderator nothing
    ForumRules.requireModerator(moderator);
    RequestInput in = RequestInput.of(rc);
    boolean open = !"resolved".equals(in.query("status").orElse("open"));
    long after = in.query("cursor").map(c -> Cursor.decode(c, Cursor.Key.LONG).whole(0)).orElse(0L);
    int limit = in.limit(50);
    service.queue(moderator, open, after, limit + 1).onSuccess(flags -> {
      JsonArray items = new JsonArray();
      long last = 0;
      for (Flag flag : flags) {
        if (items.size() == limit) {
          break;
        }
        items.add(json(flag));
        last = flag.id();
      }
      Responses.ok(rc, Responses.page(items, flags.size() > limit ? Cursor.encode(last) : null));
    }).onFailure(rc::fail);
  }

  private void dismiss(RoutingContext rc) {
    Participant moderator = Caller.require(rc);
    RequestInput in = RequestInput.of(rc);
    service.dismiss(moderator, in.id("flagId"), in.body().getString("reason"))
        .onSuccess(done -> Responses.noContent(rc)).onFailure(rc::fail);
  }

  private static JsonObject json(Flag flag) {
    JsonObject json = new JsonObject()
        .put("id", flag.id())
        .put("reason", flag.reason())
        .put("createdAt", flag.createdAt().toString())
        .put("flaggedBy", new JsonObject().put("name", flag.flaggerName()).put("organization", flag.flaggerOrganization()))
        .put("post", new JsonObject().put("id", flag.postId())
            .put("threadId", flag.threadId().toString()).put("threadTitle", flag.threadTitle())
            .put("excerpt", flag.excerpt()).put("hidden", flag.postHidden()));
    flag.resolution().ifPresent(resolution -> json.put("resolution", resolution.how())
        .put("resolvedAt", resolution.at().toString()));
    return json;
  }
}
