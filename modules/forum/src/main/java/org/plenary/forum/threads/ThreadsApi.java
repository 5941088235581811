package org.plenary.forum.threads;

import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.plenary.forum.api.ForumEvents;
import org.plenary.forum.api.ForumJson;
import org.plenary.platform.http.ApiModule;
import org.plenary.platform.http.ApiRoutes;
import org.plenary.platform.http.Created;
import org.plenary.platform.http.Cursor;
import org.plenary.platform.http.Made;
import org.plenary.platform.http.RequestInput;
import org.plenary.platform.http.Responses;
import org.plenary.platform.identity.Caller;

/** {@code /topics/{topicId}/threads}, {@code /threads} and {@code /threads/{threadId}}. */
public final class ThreadsApi implements ApiModule {

  private static final int DEFAULT_PAGE = 25;

  private final ThreadStore threads;
  private final ThreadLists lists;
  private final ThreadService service;

  public ThreadsApi(ThreadStore threads, ThreadLists lists, ThreadService service) {
    this.threads = threads;
    this.lists = lists;
    this.service = service;
  }

  @Override
  public String openApiFragment() {
    return "openapi/threads.yaml";
  }

  @Override
  public void mount(ApiRoutes routes) {
    routes.on("listThreads", rc -> list(rc, Optional.of(RequestInput.of(rc).path("topicId"))))
        .on("listAllThreads", rc -> list(rc, Optional.empty()))
        .onCreate("openThread", this::open, this::opened)
        .on("getThread", this::get)
        .on("changeThread", this::change);
  }

  /** A page of threads, each with its activity as the reader may see it; {@code topicId} empty for every topic. */
  private void list(RoutingContext rc, Optional<String> topicId) {
    RequestInput in = RequestInput.of(rc);
    Reader reader = new Reader(Caller.of(rc));
    int limit = in.limit(DEFAULT_PAGE);
    Cursor.Keys after = in.query("cursor").map(c -> Cursor.decode(c, Cursor.Key.TIME, Cursor.Key.UUID)).orElse(null);
    ThreadLists.ListFilter filter = new ThreadLists.ListFilter(in.query("kind").orElse(null),
        in.query("status").orElse(null), in.query("tag").orElse(null));
    lists.list(topicId, reader.visibleAudiences(), filter,
            after == null ? null : after.instant(0),
            after == null ? null : after.uuid(1), limit + 1)
        .onSuccess(page -> {
          List<ThreadLists.Listed> items = page.size() > limit ? page.subList(0, limit) : page;
          JsonArray json = new JsonArray();
          items.forEach(listed -> json.add(json(listed.thread(), reader)
              .put("activity", ThreadActivityJson.json(listed.activity(), listed.thread().chathamHouse(), reader))));
          ForumThread last = items.isEmpty() ? null : items.get(items.size() - 1).thread();
          String next = page.size() > limit ? Cursor.encode(last.lastActivityAt().toString(), last.id().toString()) : null;
          Responses.ok(rc, Responses.page(json, next));
        })
        .onFailure(rc::fail);
  }

  private void open(RoutingContext rc) {
    var opener = Caller.require(rc);
    RequestInput in = RequestInput.of(rc);
    service.open(opener, ThreadsJson.openThread(in.path("topicId"), in.body()))
        .compose(threads::find)
        .onSuccess(thread -> Responses.created(rc, "/api/v1/threads/" + thread.orElseThrow().id(),
            json(thread.orElseThrow(), Reader.of(opener))))
        .onFailure(rc::fail);
  }

  /** A thread whose first answer was lost, shown to its opener as the answer would have. */
  private Future<Created> opened(RoutingContext rc, Made made) {
    UUID id = UUID.fromString(made.payload(ForumEvents.THREAD_CREATED).getString("threadId"));
    Reader opener = Reader.of(Caller.require(rc));
    return threads.find(id).map(thread -> new Created("/api/v1/threads/" + id, json(thread.orElseThrow(), opener)));
  }

  private void get(RoutingContext rc) {
    UUID id = RequestInput.of(rc).uuid("threadId");
    Reader reader = new Reader(Caller.of(rc));
    threads.find(id)
        .map(found -> ThreadAccess.requireReadable(found, reader))
        .onSuccess(thread -> Responses.ok(rc, json(thread, reader)))
        .onFailure(rc::fail);
  }

  private void change(RoutingContext rc) {
    var editor = Caller.require(rc);
    RequestInput in = RequestInput.of(rc);
    UUID id = in.uuid("threadId");
    service.change(editor, ThreadsJson.editThread(id, in.body()))
        .compose(done -> threads.find(id))
        .onSuccess(thread -> Responses.ok(rc, json(thread.orElseThrow(), Reader.of(editor))))
        .onFailure(rc::fail);
  }

  private static JsonObject json(ForumThread thread, Reader reader) {
    return ForumJson.thread(ThreadView.seenBy(thread, reader));
  }

}
