package org.plenary.notifications;

import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.plenary.forum.api.ForumAccess;
import org.plenary.notifications.api.NotificationJson;
import org.plenary.notifications.api.ShownNotification;
import org.plenary.platform.http.ApiModule;
import org.plenary.platform.failure.Failure;
import org.plenary.platform.http.ApiRoutes;
import org.plenary.platform.http.Cursor;
import org.plenary.platform.http.RequestInput;
import org.plenary.platform.http.Responses;
import org.plenary.platform.identity.Caller;
import org.plenary.platform.identity.Participant;

/** {@code /me/notifications}, {@code /me/watches} and, for the Secretariat, {@code /email-digests}. */
final class NotificationsApi implements ApiModule {

  private final ForumAccess forum;
  private final NotificationStore store;
  private final NotificationViews views;
  private final DigestComposer digests;

  NotificationsApi(ForumAccess forum, NotificationStore store, NotificationViews views, DigestComposer digests) {
    this.forum = forum;
    this.store = store;
    this.views = views;
    this.digests = digests;
  }

  @Override
  public String openApiFragment() {
    return "openapi/notifications.yaml";
  }

  @Override
  public void mount(ApiRoutes routes) {
    routes.on("listMyNotifications", this::list)
        .on("markNotificationsRead", this::markRead)
        .on("listMyWatches", this::watches)
        .on("watchThread", rc -> watchThread(rc, true))
        .on("unwatchThread", rc -> watchThread(rc, false))
        .on("watchTopic", rc -> watchTopic(rc, true))
        .on("unwatchTopic", rc -> watchTopic(rc, false))
        .on("composeEmailDigests", this::composeDigests);
  }

  private void list(RoutingContext rc) {
    Participant me = Caller.require(rc);
    RequestInput in = RequestInput.of(rc);
    int limit = in.limit(25);
    Long before = in.query("cursor").map(c -> Cursor.decode(c, Cursor.Key.LONG).whole(0)).orElse(null);
    boolean unreadOnly = in.query("unread").map(Boolean::parseBoolean).orElse(false);
    store.page(me.id(), before, unreadOnly, limit + 1).compose(page -> {
      List<Notification> shown = page.size() > limit ? page.subList(0, limit) : page;
      String next = page.size() > limit ? Cursor.encode(shown.get(shown.size() - 1).id()) : null;
      return Future.all(views.render(shown, me), store.unread(me.id())).map(both -> Responses.page(
          new JsonArray(both.<List<ShownNotification>>resultAt(0).stream().map(NotificationJson::notification).toList()),
          next).put("unreadCount", both.<Long>resultAt(1)));
    }).onSuccess(page -> Responses.ok(rc, page)).onFailure(rc::fail);
  }

  private void markRead(RoutingContext rc) {
    Participant me = Caller.require(rc);
    JsonObject body = RequestInput.of(rc).body();
    List<Long> ids = body.getJsonArray("ids", new JsonArray()).stream().map(id -> ((Number) id).longValue()).toList();
    Long through = body.getLong("through");
    if (ids.isEmpty() && through == null) {
      throw Failure.invalid("Say which notifications you have read: 'ids', or 'through' for all up to an id.");
    }
    store.markRead(me.id(), ids, through).compose(marked -> store.unread(me.id()))
        .onSuccess(unread -> Responses.ok(rc, new JsonObject().put("unreadCount", unread))).onFailure(rc::fail);
  }

  private void watches(RoutingContext rc) {
    Participant me = Caller.require(rc);
    store.watches(me.id()).map(watches -> new JsonArray(watches.stream().map(NotificationsApi::watch).toList()))
        .onSuccess(items -> Responses.ok(rc, new JsonObject().put("items", items))).onFailure(rc::fail);
  }

  private static JsonObject watch(Watch watch) {
    return new JsonObject().put("type", watch.type()).put("id", watch.id()).put("since", watch.since().toString());
  }

  private void watchThread(RoutingContext rc, boolean watch) {
    Participant me = Caller.require(rc);
    UUID threadId = RequestInput.of(rc).uuid("threadId");
    Future<Void> done = watch
        ? forum.readableThread(threadId, Optional.of(me)).compose(t -> store.watch(me.id(), "thread", threadId.toString()))
        : store.unwatch(me.id(), "thread", threadId.toString());
    done.onSuccess(v -> Responses.noContent(rc)).onFailure(rc::fail);
  }

  private void watchTopic(RoutingContext rc, boolean watch) {
    Participant me = Caller.require(rc);
    String topicId = RequestInput.of(rc).path("topicId");
    Future<Void> done = watch ? store.watch(me.id(), "topic", topicId) : store.unwatch(me.id(), "topic", topicId);
    done.onSuccess(v -> Responses.noContent(rc)).onFailure(rc::fail);
  }

  private void composeDigests(RoutingContext rc) {
    Participant me = Caller.require(rc);
    NotificationRules.requireDigestComposer(me);
    LocalDate day = LocalDate.parse(RequestInput.of(rc).body().getString("date"));
    digests.compose(day).onSuccess(count -> Responses.ok(rc, new JsonObject().put("composed", count)))
        .onFailure(rc::fail);
  }
}
