package org.plenary.forum.topics;

import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import io.vertx.sqlclient.Pool;
import org.plenary.forum.ForumRules;
import org.plenary.forum.api.ForumEvents;
import org.plenary.forum.threads.Audience;
import org.plenary.forum.threads.Reader;
import org.plenary.platform.http.ApiModule;
import org.plenary.platform.failure.Failure;
import org.plenary.platform.http.ApiRoutes;
import org.plenary.platform.http.Created;
import org.plenary.platform.http.Made;
import org.plenary.platform.http.RequestInput;
import org.plenary.platform.events.Outbox;
import org.plenary.platform.http.Responses;
import org.plenary.platform.identity.Caller;
import org.plenary.platform.identity.Participant;

/** {@code /topics} and {@code /tags}. */
public final class TopicsApi implements ApiModule {

  private final Pool pool;
  private final TopicStore topics;

  public TopicsApi(Pool pool, TopicStore topics) {
    this.pool = pool;
    this.topics = topics;
  }

  @Override
  public String openApiFragment() {
    return "openapi/topics.yaml";
  }

  @Override
  public void mount(ApiRoutes routes) {
    routes.on("listTopics", this::list)
        .on("getTopic", this::get)
        .onCreate("createTopic", this::create, this::created)
        .on("listTags", this::tags);
  }

  private void list(RoutingContext rc) {
    topics.list(audiences(rc)).onSuccess(items -> Responses.ok(rc, new JsonObject().put("items",
        items.stream().map(TopicsApi::json).collect(JsonArray::new, JsonArray::add, JsonArray::addAll))))
        .onFailure(rc::fail);
  }

  private void get(RoutingContext rc) {
    String id = RequestInput.of(rc).path("topicId");
    topics.find(id, audiences(rc))
        .map(found -> found.orElseThrow(() -> Failure.notFound("There is no topic '" + id + "'.")))
        .onSuccess(topic -> Responses.ok(rc, json(topic))).onFailure(rc::fail);
  }

  private void create(RoutingContext rc) {
    Participant caller = Caller.require(rc);
    ForumRules.requireMayAddTopic(caller);
    JsonObject body = RequestInput.of(rc).body();
    String id = body.getString("id");
    pool.withTransaction(conn -> topics.insert(conn, id, body.getString("title"), body.getString("description"))
            .compose(created -> !created ? Future.succeededFuture(false)
                : Outbox.record(conn, ForumEvents.TOPIC_CREATED, "topic:" + id, new JsonObject().put("topicId", id)).map(true)))
        .compose(created -> created ? topics.find(id, audiences(rc))
            : io.vertx.core.Future.failedFuture(Failure.conflict("A topic '" + id + "' exists already.")))
        .onSuccess(topic -> Responses.created(rc, "/api/v1/topics/" + id, json(topic.orElseThrow())))
        .onFailure(rc::fail);
  }

  private Future<Created> created(RoutingContext rc, Made made) {
    String id = made.payload(ForumEvents.TOPIC_CREATED).getString("topicId");
    return topics.find(id, audiences(rc)).map(topic -> new Created("/api/v1/topics/" + id, json(topic.orElseThrow())));
  }

  private void tags(RoutingContext rc) {
    topics.tags(RequestInput.of(rc).query("kind").orElse(null))
        .onSuccess(items -> Responses.ok(rc, new JsonObject().put("items",
            items.stream().map(TopicsApi::json).collect(JsonArray::new, JsonArray::add, JsonArray::addAll))))
        .onFailure(rc::fail);
  }

  private static JsonObject json(Topic topic) {
    return new JsonObject().put("id", topic.id()).put("title", topic.title()).put("description", topic.description())
        .put("threadCount", topic.threadCount()).put("participantThreadCount", topic.participantThreadCount());
  }

  private static JsonObject json(Tag tag) {
    return new JsonObject().put("id", tag.id()).put("kind", tag.kind()).put("label", tag.label())
        .put("description", tag.description());
  }

  private static String[] audiences(RoutingContext rc) {
    return new Reader(Caller.of(rc)).visibleAudiences().stream().map(Audience::wire).toArray(String[]::new);
  }
}
