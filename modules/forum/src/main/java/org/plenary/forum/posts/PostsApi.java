package org.plenary.forum.posts;

import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.util.List;
import java.util.UUID;
import java.util.function.BiFunction;
import io.vertx.sqlclient.Pool;
import org.plenary.forum.ForumRules;
import org.plenary.forum.api.ForumEvents;
import org.plenary.forum.api.ForumJson;
import org.plenary.forum.api.PostAsSeen;
import org.plenary.platform.identity.Participant;
import org.plenary.forum.threads.ForumThread;
import org.plenary.forum.threads.Reader;
import org.plenary.forum.threads.ThreadStore;
import org.plenary.platform.http.ApiModule;
import org.plenary.platform.http.ApiRoutes;
import org.plenary.platform.http.Created;
import org.plenary.platform.http.Cursor;
import org.plenary.platform.http.Made;
import org.plenary.platform.http.RequestInput;
import org.plenary.platform.http.Responses;
import org.plenary.platform.identity.Caller;

/** {@code /threads/{threadId}/posts} and {@code /posts/{postId}}. */
public final class PostsApi implements ApiModule {

  private static final int PAGE = 50;

  private final PostStore posts;
  private final ThreadPages pages;
  private final PostReader reader;
  private final PostService service;
  private final JointStatements jointStatements;
  private final RightsOfReply rightsOfReply;
  private final Pool pool;

  public PostsApi(Pool pool, ThreadStore threads, PostStore posts, PageCache cache, PostReader reader,
                  PostService service, JointStatements jointStatements, RightsOfReply rightsOfReply) {
    this.pool = pool;
    this.pages = new ThreadPages(threads, posts, cache);
    this.posts = posts;
    this.reader = reader;
    this.service = service;
    this.jointStatements = jointStatements;
    this.rightsOfReply = rightsOfReply;
  }

  @Override
  public String openApiFragment() {
    return "openapi/posts.yaml";
  }

  @Override
  public void mount(ApiRoutes routes) {
    routes.on("listPosts", this::list)
        .on("listThreadPositions", this::positions)
        .onCreate("writePost", this::write, this::written)
        .on("getPost", this::get)
        .on("editPost", this::edit)
        .on("listPostVersions", this::versions)
        .on("withdrawPosition", this::withdraw)
        .on("leaveJointStatement", this::leaveJointStatement)
        .on("confirmJointStatement", this::confirmJointStatement)
        .on("declineJointStatement", this::declineJointStatement)
        .on("getRightsOfReply", this::rightsOfReply)
        .on("previewMarkdown", this::preview);
  }

  /**
   * Pages in order: {@code cursor} continues forward; {@code before} (a cursor, or "end") reads backward;
   * {@code from} (a post id) opens the thread at that post, for links to it. Read as {@link ThreadPages} says:
   * 304 when {@code If-None-Match} names the page as it stands for the reader.
   */
  private void list(RoutingContext rc) {
    RequestInput in = RequestInput.of(rc);
    ThreadPages.Asked asked = new ThreadPages.Asked(
        in.query("before").map(before -> "end".equals(before) ? Integer.MAX_VALUE : seq(before)),
        in.query("cursor").map(PostsApi::seq), in.wholeQuery("from"), in.limit(PAGE));
    pages.read(in.uuid("threadId"), new Reader(Caller.of(rc)), asked, rc.request().getHeader("If-None-Match"))
        .onSuccess(answer -> {
          // no-cache: a browser may keep the page but asks each time (If-None-Match), so it never shows an old one
          rc.response().putHeader("ETag", answer.etag()).putHeader("Cache-Control", "private, no-cache")
              .putHeader("Vary", "Authorization");
          answer.body().ifPresentOrElse(
              body -> rc.response().putHeader("Content-Type", "application/json").end(Buffer.buffer(body)),
              () -> rc.response().setStatusCode(304).end());
        })
        .onFailure(rc::fail);
  }

  private static int seq(String cursor) {
    return Cursor.decode(cursor, Cursor.Key.INTEGER).integer(0);
  }

  /** Every current position of the thread, not a page: one per organization at most, however long the thread. */
  private void positions(RoutingContext rc) {
    Reader reader = new Reader(Caller.of(rc));
    UUID threadId = RequestInput.of(rc).uuid("threadId");
    readable(threadId, reader)
        .compose(thread -> posts.currentPositions(threadId).map(found -> PostsJson.items(found, thread, reader)))
        .onSuccess(json -> Responses.ok(rc, json)).onFailure(rc::fail);
  }

  private void write(RoutingContext rc) {
    var author = Caller.require(rc);
    RequestInput in = RequestInput.of(rc);
    UUID threadId = in.uuid("threadId");
    service.written(author, PostsJson.writePost(threadId, in.body()))
        .compose(written -> reader.viewWritten(written, Reader.of(author)))
        .onSuccess(post -> Responses.created(rc, "/api/v1/posts/" + post.id(), ForumJson.post(post)))
        .onFailure(rc::fail);
  }

  /** A post whose first answer was lost, shown to its author as the answer would have. */
  private Future<Created> written(RoutingContext rc, Made made) {
    return view(made.payload(ForumEvents.POST_CREATED).getLong("postId"), Reader.of(Caller.require(rc)))
        .map(post -> new Created("/api/v1/posts/" + post.id(), ForumJson.post(post)));
  }

  private void get(RoutingContext rc) {
    long id = RequestInput.of(rc).id("postId");
    view(id, new Reader(Caller.of(rc))).onSuccess(post -> Responses.ok(rc, ForumJson.post(post))).onFailure(rc::fail);
  }

  private void edit(RoutingContext rc) {
    var editor = Caller.require(rc);
    RequestInput in = RequestInput.of(rc);
    long id = in.id("postId");
    view(id, Reader.of(editor))
        .compose(visible -> service.edit(editor, PostsJson.editPost(id, in.body())))
        .compose(done -> view(id, Reader.of(editor)))
        .onSuccess(post -> Responses.ok(rc, ForumJson.post(post))).onFailure(rc::fail);
  }

  private void versions(RoutingContext rc) {
    long id = RequestInput.of(rc).id("postId");
    Reader reader = new Reader(Caller.of(rc));
    // a reader who may not see the post's text (hidden by a moderator) sees none of its versions either
    view(id, reader).compose(post -> post.bodyHtml().isPresent() ? posts.versions(id)
            : Future.succeededFuture(List.<PostVersion>of()))
        .onSuccess(versions -> Responses.ok(rc, PostsJson.versions(versions))).onFailure(rc::fail);
  }

  private void withdraw(RoutingContext rc) {
    var delegate = Caller.require(rc);
    RequestInput in = RequestInput.of(rc);
    long id = in.id("postId");
    view(id, Reader.of(delegate))
        .compose(visible -> service.withdraw(delegate, id, in.body().getString("reason")))
        .compose(done -> view(id, Reader.of(delegate)))
        .onSuccess(post -> Responses.ok(rc, ForumJson.post(post))).onFailure(rc::fail);
  }

  private void leaveJointStatement(RoutingContext rc) {
    onJointStatement(rc, jointStatements::leave);
  }

  private void confirmJointStatement(RoutingContext rc) {
    onJointStatement(rc, jointStatements::confirm);
  }

  private void declineJointStatement(RoutingContext rc) {
    onJointStatement(rc, jointStatements::decline);
  }

  /** A State's delegate decides on the State's own name: the post first (404 if not open), then the rule. */
  private void onJointStatement(RoutingContext rc, BiFunction<Participant, Long, Future<Void>> decision) {
    Participant delegate = Caller.require(rc);
    RequestInput in = RequestInput.of(rc);
    long id = in.id("postId");
    String state = in.path("stateId");
    view(id, Reader.of(delegate))
        .compose(visible -> {
          ForumRules.requireOwnState(delegate, state);
          return decision.apply(delegate, id);
        })
        .compose(done -> view(id, Reader.of(delegate)))
        .onSuccess(post -> Responses.ok(rc, ForumJson.post(post))).onFailure(rc::fail);
  }

  /** How many rights of reply the caller's State has left in the thread today, and how long the next may be. */
  private void rightsOfReply(RoutingContext rc) {
    Participant delegate = Caller.require(rc);
    UUID threadId = RequestInput.of(rc).uuid("threadId");
    readable(threadId, Reader.of(delegate))
        .compose(thread -> {
          ForumRules.requireMayExerciseRightsOfReply(delegate);
          return rightsOfReply.standing(pool, threadId, delegate.organization().id());
        })
        .onSuccess(standing -> Responses.ok(rc, PostsJson.standing(standing))).onFailure(rc::fail);
  }

  private void preview(RoutingContext rc) {
    Caller.require(rc);
    JsonObject body = RequestInput.of(rc).body();
    Responses.reply(rc, service.render(body.getString("markdown"), body.getString("language", "en"))
        .map(html -> new JsonObject().put("html", html)));
  }

  private Future<PostAsSeen> view(long id, Reader reader) {
    return this.reader.view(id, reader);
  }

  private Future<ForumThread> readable(UUID threadId, Reader reader) {
    return this.reader.readable(threadId, reader);
  }
}
