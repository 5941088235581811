package org.plenary.live;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.plenary.forum.api.ForumAccess;
import org.plenary.platform.events.OutboxEvent;
import org.plenary.platform.identity.Participant;

/**
 * Events of {@code thread:<id>} streams, each subscriber getting exactly the JSON the REST API would give
 * them now. Event types this module does not know (draft stances, summaries, ...) are sent as a nudge,
 * {@code {type, threadId}}, for the client to fetch what changed through the API, which applies the rules.
 */
final class ThreadEventRenderer implements EventRenderer {

  private final ForumAccess forum;

  ThreadEventRenderer(ForumAccess forum) {
    this.forum = forum;
  }

  @Override
  public boolean handles(String stream) {
    return stream.startsWith("thread:");
  }

  @Override
  public Future<List<Rendered>> render(OutboxEvent event, List<Optional<Participant>> readers) {
    UUID threadId = UUID.fromString(event.streamKey());
    JsonObject envelope = new JsonObject().put("type", event.type()).put("threadId", threadId.toString());
    Long postId = event.payload().getLong("postId");
    if (event.type().startsWith("post.") && postId != null) {
      return forum.postAsSeenByEach(postId, readers).map(views -> each(views, event, envelope, "post"));
    }
    if (event.type().startsWith("thread.")) {
      return forum.threadAsSeenByEach(threadId, readers).map(views -> each(views, event, envelope, "thread"));
    }
    return forum.threadAsSeenByEach(threadId, readers).map(views -> each(views, event, envelope, null));
  }

  /** Readers given the same view (the same object) share one encoding. */
  private static List<Rendered> each(List<Optional<JsonObject>> views, OutboxEvent event, JsonObject envelope,
                                     String field) {
    Map<JsonObject, Rendered> encoded = new IdentityHashMap<>();
    return views.stream().map(view -> view.map(json -> encoded.computeIfAbsent(json, j -> new Rendered.Send(
            event.type(), (field == null ? envelope : envelope.copy().put(field, j)).encode())))
        .orElse(Rendered.END)).toList();
  }
}
