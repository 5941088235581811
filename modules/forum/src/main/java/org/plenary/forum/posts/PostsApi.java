package org.plenary.forum.posts;

import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import io.vertx.sqlclient.Row;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.plenary.forum.markdown.MarkdownRenderer;
import org.plenary.forum.threads.ForumThread;
import org.plenary.forum.threads.Reader;
import org.plenary.platform.http.ApiModule;
import org.plenary.platform.http.ApiProblem;
import org.plenary.platform.http.ApiRoutes;
import org.plenary.platform.http.Cursor;
import org.plenary.platform.http.RequestInput;
import org.plenary.platform.http.Responses;
import org.plenary.platform.identity.Caller;

/** {@code /threads/{threadId}/posts} and {@code /posts/{postId}}. */
public final class PostsApi implements ApiModule {

  private static final int PAGE = 50;

  private final PostStore posts;
  private final PostReader reader;
  private final PostService service;

  public PostsApi(PostStore posts, PostReader reader, PostService service) {
    this.posts = posts;
    this.reader = reader;
    this.service = service;
  }

  @Override
  public String openApiFragment() {
    return "openapi/posts.yaml";
  }

  @Override
  public void mount(ApiRoutes routes) {
    routes.on("listPosts", this::list)
        .on("writePost", this::write)
        .on("getPost", this::get)
        .on("editPost", this::edit)
        .on("listPostVersions", this::versions)
        .on("withdrawPosition", this::withdraw)
        .on("leaveJointStatement", this::leaveJointStatement)
        .on("previewMarkdown", this::preview);
  }

  /**
   * Pages in order: {@code cursor} continues forward; {@code before} (a cursor, or "end") reads backward;
   * {@code from} (a post id) opens the thread at that post, for links to it.
   */
  private void list(RoutingContext rc) {
    RequestInput in = RequestInput.of(rc);
    Reader reader = new Reader(Caller.of(rc));
    UUID threadId = in.uuid("threadId");
    int limit = in.limit(PAGE);
    readable(threadId, reader).compose(thread -> {
      Future<List<Row>> page = in.query("before")
          .map(before -> posts.pageBefore(threadId, "end".equals(before) ? Integer.MAX_VALUE
              : Cursor.decode(before, Cursor.Key.INTEGER).integer(0), limit + 1)
              .map(rows -> rows.size() > limit ? rows.subList(1, rows.size()) : rows))
          .orElseGet(() -> startSeq(threadId, in).compose(after -> posts.pageAfter(threadId, after, limit + 1))
              .map(rows -> rows.size() > limit ? rows.subList(0, limit) : rows));
      return page.map(rows -> pageJson(rows, thread, reader));
    }).onSuccess(json -> Responses.ok(rc, json)).onFailure(rc::fail);
  }

  /** The sequence number a forward page starts after: the cursor's, just before {@code from}, or 0. */
  private Future<Integer> startSeq(UUID threadId, RequestInput in) {
    Optional<Long> from = in.wholeQuery("from");
    if (from.isEmpty()) {
      return Future.succeededFuture(in.query("cursor").map(c -> Cursor.decode(c, Cursor.Key.INTEGER).integer(0)).orElse(0));
    }
    long postId = from.get();
    return posts.seqInThread(threadId, postId).map(seq -> seq.map(s -> s - 1)
        .orElseThrow(() -> ApiProblem.notFound("There is no post " + postId + " in thread " + threadId + ".")));
  }

  private static JsonObject pageJson(List<Row> rows, ForumThread thread, Reader reader) {
    JsonArray items = new JsonArray();
    rows.forEach(row -> items.add(PostView.toJson(row, thread.chathamHouse(), reader)));
    JsonObject page = new JsonObject().put("items", items);
    if (!rows.isEmpty()) {
      int first = rows.get(0).getInteger("seq");
      int last = rows.get(rows.size() - 1).getInteger("seq");
      if (last < thread.postCount()) {
        page.put("next", Cursor.encode(last));
      }
      if (first > 1) {
        page.put("previous", Cursor.encode(first));
      }
    }
    return page;
  }

  private void write(RoutingContext rc) {
    var author = Caller.require(rc);
    RequestInput in = RequestInput.of(rc);
    UUID threadId = in.uuid("threadId");
    service.write(author, threadId, in.body())
        .compose(id -> view(id, Reader.of(author)))
        .onSuccess(post -> Responses.created(rc, "/api/v1/posts/" + post.getLong("id"), post))
        .onFailure(rc::fail);
  }

  private void get(RoutingContext rc) {
    long id = RequestInput.of(rc).id("postId");
    view(id, new Reader(Caller.of(rc))).onSuccess(post -> Responses.ok(rc, post)).onFailure(rc::fail);
  }

  private void edit(RoutingContext rc) {
    var editor = Caller.require(rc);
    RequestInput in = RequestInput.of(rc);
    long id = in.id("postId");
    view(id, Reader.of(editor))
        .compose(visible -> service.edit(editor, id, in.body()))
        .compose(done -> view(id, Reader.of(editor)))
        .onSuccess(post -> Responses.ok(rc, post)).onFailure(rc::fail);
  }

  private void versions(RoutingContext rc) {
    long id = RequestInput.of(rc).id("postId");
    Reader reader = new Reader(Caller.of(rc));
    view(id, reader).compose(post -> post.containsKey("bodyHtml") ? posts.versions(id)
            : Future.succeededFuture(new JsonArray()))
        .onSuccess(versions -> Responses.ok(rc, new JsonObject().put("items", versions))).onFailure(rc::fail);
  }

  private void withdraw(RoutingContext rc) {
    var delegate = Caller.require(rc);
    long id = RequestInput.of(rc).id("postId");
    view(id, Reader.of(delegate))
        .compose(visible -> service.withdraw(delegate, id))
        .compose(done -> view(id, Reader.of(delegate)))
        .onSuccess(post -> Responses.ok(rc, post)).onFailure(rc::fail);
  }

  private void leaveJointStatement(RoutingContext rc) {
    var delegate = Caller.require(rc);
    RequestInput in = RequestInput.of(rc);
    long id = in.id("postId");
    if (!delegate.organization().id().equals(in.path("stateId"))) {
      throw org.plenary.platform.http.ApiProblem.forbidden("Only a delegate of " + in.path("stateId")
          + " takes that State off a joint statement.");
    }
    view(id, Reader.of(delegate))
        .compose(visible -> service.leaveJointStatement(delegate, id))
        .compose(done -> view(id, Reader.of(delegate)))
        .onSuccess(post -> Responses.ok(rc, post)).onFailure(rc::fail);
  }

  private void preview(RoutingContext rc) {
    Caller.require(rc);
    JsonObject body = RequestInput.of(rc).body();
    Responses.ok(rc, new JsonObject().put("html",
        MarkdownRenderer.render(body.getString("markdown"), body.getString("language", "en"))));
  }

  private Future<JsonObject> view(long id, Reader reader) {
    return this.reader.view(id, reader);
  }

  private Future<ForumThread> readable(UUID threadId, Reader reader) {
    return this.reader.readable(threadId, reader);
  }
}
