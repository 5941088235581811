package org.plenary.forum.posts;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Row;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.plenary.forum.api.ForumAccess;
import org.plenary.forum.api.PostFacts;
import org.plenary.forum.api.ThreadInfo;
import org.plenary.forum.api.TranscriptPost;
import org.plenary.forum.markdown.MarkdownRenderer;
import org.plenary.forum.threads.Audience;
import org.plenary.forum.threads.ForumThread;
import org.plenary.forum.threads.Reader;
import org.plenary.forum.threads.ThreadInfos;
import org.plenary.forum.threads.ThreadStore;
import org.plenary.platform.identity.Participant;

/** {@link ForumAccess} on the forum's own stores and rules. */
public final class ForumAccessService implements ForumAccess {

  private final ThreadStore threads;
  private final PostStore posts;
  private final PostReader reader;

  public ForumAccessService(ThreadStore threads, PostStore posts, PostReader reader) {
    this.threads = threads;
    this.posts = posts;
    this.reader = reader;
  }

  @Override
  public Future<ThreadInfo> readableThread(UUID threadId, Optional<Participant> participant) {
    return reader.readable(threadId, new Reader(participant)).map(ThreadInfos::of);
  }

  @Override
  public Future<JsonObject> postAsSeenBy(long postId, Optional<Participant> participant) {
    return reader.view(postId, new Reader(participant));
  }

  @Override
  public Future<List<JsonObject>> postsAsSeenBy(UUID threadId, Optional<Participant> participant, int afterSeq,
                                                int limit) {
    Reader as = new Reader(participant);
    return reader.readable(threadId, as).compose(thread -> posts.pageAfter(threadId, afterSeq, limit)
        .map(rows -> rows.stream().map(row -> PostView.toJson(row, thread.chathamHouse(), as)).toList()));
  }

  @Override
  public Future<List<TranscriptPost>> transcript(UUID threadId) {
    return posts.transcript(threadId).map(rows -> rows.stream().map(ForumAccessService::transcriptPost).toList());
  }

  private static TranscriptPost transcriptPost(Row row) {
    String[] onBehalfOf = row.getArrayOfStrings("on_behalf_of");
    String[] onBehalfOfNames = row.getArrayOfStrings("on_behalf_of_names");
    return new TranscriptPost(row.getLong("id"), row.getInteger("seq"), row.getString("kind"),
        Optional.ofNullable(row.getLong("parent_id")), row.getUUID("author_id"), row.getString("author_name"),
        row.getString("organization_id"), row.getString("organization_name"), row.getString("organization_kind"),
        Optional.ofNullable(row.getString("regional_group")), row.getString("language"),
        MarkdownRenderer.plainText(row.getString("body_markdown")), onBehalfOf == null ? List.of() : List.of(onBehalfOf),
        onBehalfOfNames == null ? List.of() : List.of(onBehalfOfNames), Optional.ofNullable(row.getLong("aligns_with")),
        row.getString("status"), Optional.ofNullable(row.getInteger("guiding_question")),
        row.getOffsetDateTime("created_at").toInstant());
  }

  @Override
  public Set<String> visibleAudiences(Optional<Participant> participant) {
    return new Reader(participant).visibleAudiences().stream().map(Audience::wire).collect(Collectors.toSet());
  }

  @Override
  public boolean seesIdentity(Optional<Participant> participant, boolean chathamHouse, UUID authorId) {
    return new Reader(participant).seesIdentity(chathamHouse, authorId);
  }

  /**
   * A post's JSON depends on its reader only through what {@link ViewKey} holds, so readers alike share
   * one rendering (one object), which a fan-out to a thousand subscribers then encodes once.
   */
  @Override
  public Future<List<Optional<JsonObject>>> postAsSeenByEach(long postId, List<Optional<Participant>> readers) {
    return posts.findView(postId).compose(found -> found.isEmpty()
        ? Future.succeededFuture(readers.stream().map(r -> Optional.<JsonObject>empty()).toList())
        : threads.find(found.get().getUUID("thread_id")).map(thread -> {
          Row row = found.get();
          Map<ViewKey, Optional<JsonObject>> rendered = new java.util.HashMap<>();
          return readers.stream().map(participant -> {
            Reader as = new Reader(participant);
            UUID author = row.getUUID("author_id");
            boolean identified = as.seesIdentity(thread.map(ForumThread::chathamHouse).orElse(true), author);
            ViewKey key = new ViewKey(thread.filter(t -> mayRead(t, as)).isPresent(), identified,
                as.seesBehindChathamHouse(), participant.map(p -> p.id().equals(author)).orElse(false),
                identified ? null : PostView.namedOrganization(row, as).map(state -> state.getString("id")).orElse(null));
            return rendered.computeIfAbsent(key, k -> k.readable()
                ? Optional.of(PostView.toJson(row, thread.get().chathamHouse(), as)) : Optional.empty());
          }).toList();
        }));
  }

  /** Everything about a reader that PostView looks at. */
  private record ViewKey(boolean readable, boolean identified, boolean moderates, boolean own, String namedState) {
  }

  @Override
  public Future<List<Optional<JsonObject>>> threadAsSeenByEach(UUID threadId, List<Optional<Participant>> readers) {
    return threads.find(threadId).map(thread -> readers.stream()
        .map(participant -> thread.filter(t -> mayRead(t, new Reader(participant)))
            .map(t -> t.toJson(new Reader(participant))))
        .toList());
  }

  @Override
  public Future<Map<UUID, JsonObject>> threadsAsSeenBy(Collection<UUID> threadIds, Optional<Participant> participant) {
    Reader as = new Reader(participant);
    return threads.findAll(Set.copyOf(threadIds)).map(byId -> {
      Map<UUID, JsonObject> visible = new LinkedHashMap<>();
      byId.forEach((id, thread) -> {
        if (mayRead(thread, as)) {
          visible.put(id, thread.toJson(as));
        }
      });
      return visible;
    });
  }

  @Override
  public Future<Map<Long, JsonObject>> postsAsSeenBy(Collection<Long> postIds, Optional<Participant> participant) {
    Reader as = new Reader(participant);
    return posts.findViews(postIds).compose(rows -> threads.findAll(rows.stream()
            .map(row -> row.getUUID("thread_id")).collect(Collectors.toSet()))
        .map(byId -> {
          Map<Long, JsonObject> visible = new LinkedHashMap<>();
          for (Row row : rows) {
            ForumThread thread = byId.get(row.getUUID("thread_id"));
            if (thread != null && mayRead(thread, as)) {
              visible.put(row.getLong("id"), PostView.toJson(row, thread.chathamHouse(), as));
            }
          }
          return visible;
        }));
  }

  @Override
  public Future<Optional<PostFacts>> postFacts(long postId) {
    return posts.facts(postId);
  }

  @Override
  public Future<Optional<ThreadInfo>> lockThreadForWrite(io.vertx.sqlclient.SqlConnection conn, UUID threadId) {
    return threads.findForShare(conn, threadId).map(found -> found.map(ThreadInfos::of));
  }

  @Override
  public Future<Optional<ThreadInfo>> thread(UUID threadId) {
    return threads.find(threadId).map(found -> found.map(ThreadInfos::of));
  }

  private static boolean mayRead(ForumThread thread, Reader reader) {
    return reader.visibleAudiences().contains(thread.audience());
  }
}
