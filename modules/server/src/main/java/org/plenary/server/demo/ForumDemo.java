package org.plenary.server.demo;

import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.plenary.forum.Forum;
import org.plenary.forum.posts.PostKind;
import org.plenary.forum.posts.WritePost;
import org.plenary.forum.threads.Audience;
import org.plenary.forum.threads.EditThread;
import org.plenary.forum.threads.OpenThread;
import org.plenary.forum.threads.ThreadKind;
import org.plenary.forum.threads.ThreadStatus;
import org.plenary.platform.wire.WireEnum;

/** Plays the {@code threads} of the demo script through the forum's services. */
final class ForumDemo {

  private final Forum forum;
  private final DemoCast cast;
  private final Map<String, UUID> threads = new HashMap<>();
  private final Map<String, Long> posts = new HashMap<>();

  ForumDemo(Forum forum, DemoCast cast) {
    this.forum = forum;
    this.cast = cast;
  }

  Map<String, UUID> threads() {
    return threads;
  }

  Map<String, Long> posts() {
    return posts;
  }

  Future<Void> play(JsonArray script) {
    Future<Void> chain = Future.succeededFuture();
    for (Object entry : script) {
      JsonObject thread = (JsonObject) entry;
      chain = chain.compose(v -> openThread(thread))
          .compose(id -> postAll(id, thread.getJsonArray("posts", new JsonArray())).compose(v -> moderate(id, thread)));
    }
    return chain;
  }

  /** Opens the threads of a part of the demo's weeks, whose posts {@link DemoPosts} writes; not those it continues. */
  Future<Void> open(JsonArray script) {
    Future<Void> chain = Future.succeededFuture();
    for (Object entry : script) {
      JsonObject thread = (JsonObject) entry;
      if (!thread.containsKey("continues")) {
        chain = chain.compose(v -> openThread(thread).mapEmpty());
      }
    }
    return chain;
  }

  private Future<UUID> openThread(JsonObject script) {
    OpenThread command = new OpenThread(script.getString("topic"),
        WireEnum.parse(ThreadKind.class, script.getString("kind", "discussion")),
        WireEnum.parse(Audience.class, script.getString("audience", "participants")), script.getString("title"),
        script.getString("body", ""), script.getString("language", "en"), Optional.empty(),
        Optional.ofNullable(script.getInteger("closesInDays")).map(days -> Instant.now().plus(days, ChronoUnit.DAYS)),
        strings(script.getJsonArray("guidingQuestions")), script.getBoolean("chathamHouse", false),
        strings(script.getJsonArray("tags")));
    return cast.participant(script.getString("by"))
        .compose(opener -> forum.threadService().open(opener, command))
        .onSuccess(id -> threads.put(script.getString("key"), id));
  }

  private Future<Void> postAll(UUID threadId, JsonArray script) {
    Future<Void> chain = Future.succeededFuture();
    for (Object entry : script) {
      JsonObject post = (JsonObject) entry;
      chain = chain.compose(v -> write(threadId, post));
    }
    return chain;
  }

  private Future<Void> write(UUID threadId, JsonObject script) {
    WritePost command = new WritePost(threadId, WireEnum.parse(PostKind.class, script.getString("kind", "comment")),
        script.getString("body").strip(), script.getString("language", "en"),
        Optional.ofNullable(script.getString("parent")).map(posts::get),
        Optional.ofNullable(script.getString("alignsWith")).map(posts::get), strings(script.getJsonArray("onBehalfOf")),
        Optional.ofNullable(script.getInteger("guidingQuestion")));
    return cast.participant(script.getString("by"))
        .compose(author -> forum.postService().write(author, command)
            .onSuccess(id -> {
              if (script.containsKey("key")) {
                posts.put(script.getString("key"), id);
              }
            })
            .compose(id -> confirmations(id, script.getJsonArray("confirmedBy", new JsonArray()))
                .compose(v -> script.containsKey("withdrawn")
                    ? forum.postService().withdraw(author, id, script.getString("withdrawn")) : Future.succeededFuture())));
  }

  /** The States of a joint statement that confirm it, each through its own delegate; the others stay pending. */
  private Future<Void> confirmations(long postId, JsonArray delegates) {
    Future<Void> chain = Future.succeededFuture();
    for (Object delegate : delegates) {
      chain = chain.compose(v -> cast.participant(String.valueOf(delegate))
          .compose(state -> forum.jointStatements().confirm(state, postId)));
    }
    return chain;
  }

  /** A thread a moderator locked or closed, with the reason its readers see. */
  private Future<Void> moderate(UUID threadId, JsonObject script) {
    JsonObject moderation = script.getJsonObject("moderation");
    if (moderation == null) {
      return Future.succeededFuture();
    }
    EditThread change = new EditThread(threadId, Optional.empty(), Optional.empty(),
        Optional.of(WireEnum.parse(ThreadStatus.class, moderation.getString("status"))), Optional.empty(),
        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.ofNullable(moderation.getString("reason")));
    return cast.participant(moderation.getString("by"))
        .compose(moderator -> forum.threadService().change(moderator, change));
  }

  private static List<String> strings(JsonArray array) {
    return array == null ? List.of() : array.stream().map(String::valueOf).toList();
  }
}
