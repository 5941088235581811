package org.plenary.live;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.plenary.forum.api.ForumAccess;
import org.plenary.forum.api.ForumEvents;
import org.plenary.forum.api.ForumJson;
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
    if (event.in(ForumEvents.POSTS) && postId != null) {
      return forum.postAsSeenByEach(postId, readers)
          .map(posts -> each(posts, readers, event, post -> envelope.copy().put("post", ForumJson.post(post))));
    }
    if (event.in(ForumEvents.THREADS)) {
      return forum.threadAsSeenByEach(threadId, readers)
          .map(threads -> each(threads, readers, event, thread -> envelope.copy().put("thread", ForumJson.thread(thread))));
    }
    // the thread is read only to know who may still read it: the nudge carries none of it
    return forum.threadAsSeenByEach(threadId, readers).map(threads -> each(threads, readers, event, thread -> envelope));
  }

  @Override
  public Future<List<Rendered>> access(String stream, List<Optional<Participant>> readers) {
    UUID threadId = UUID.fromString(stream.substring(stream.indexOf(':') + 1));
    return forum.threadAsSeenByEach(threadId, readers).map(views -> {
      List<Rendered> each = new ArrayList<>(views.size());
      for (int i = 0; i < views.size(); i++) {
        each.add(views.get(i).isPresent() ? Rendered.SKIP : ended(readers.get(i)));
      }
      return each;
    });
  }

  /**
   * Readers given the same view (the same record) share one rendering and encoding of {@code data}; those given
   * none are told why.
   */
  private static <T> List<Rendered> each(List<Optional<T>> views, List<Optional<Participant>> readers,
                                         OutboxEvent event, Function<T, JsonObject> data) {
    Map<T, Rendered> encoded = new IdentityHashMap<>();
    List<Rendered> each = new ArrayList<>(views.size());
    for (int i = 0; i < views.size(); i++) {
      each.add(views.get(i).map(view -> encoded.computeIfAbsent(view, v -> new Rendered.Send(
              event.type(), data.apply(v).encode())))
          .orElse(ended(readers.get(i))));
    }
    return each;
  }

  /** Why a reader may no longer follow a thread: their organization's accreditation, or else the thread or their roles. */
  private static Rendered ended(Optional<Participant> reader) {
    boolean unaccredited = reader.map(p -> !p.organization().mayTakePart() && !p.runsTheDialogue()).orElse(false);
    return unaccredited ? Rendered.NOT_ACCREDITED : Rendered.NOT_READABLE;
  }
}
