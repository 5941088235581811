package org.plenary.forum.posts;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.plenary.forum.api.ForumAccess;
import io.vertx.sqlclient.Row;
import org.plenary.forum.api.ThreadInfo;
import org.plenary.forum.api.TranscriptPost;
import org.plenary.forum.markdown.MarkdownRenderer;
import org.plenary.forum.threads.Audience;
import org.plenary.forum.threads.Reader;
import org.plenary.forum.threads.ThreadInfos;
import org.plenary.platform.identity.Participant;

/** {@link ForumAccess} on the forum's own stores and rules. */
public final class ForumAccessService implements ForumAccess {

  private final PostStore posts;
  private final PostReader reader;

  public ForumAccessService(PostStore posts, PostReader reader) {
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
    String[] onBehalfOfNames = row.getArrayOfStrings("on_behalf_of_names");
    return new TranscriptPost(row.getLong("id"), row.getInteger("seq"), row.getString("kind"),
        Optional.ofNullable(row.getLong("parent_id")), row.getUUID("author_id"), row.getString("author_name"),
        row.getString("organization_id"), row.getString("organization_name"), row.getString("organization_kind"),
        Optional.ofNullable(row.getString("regional_group")), row.getString("language"),
        MarkdownRenderer.plainText(row.getString("body_markdown")), List.of(row.getArrayOfStrings("on_behalf_of")),
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
}
