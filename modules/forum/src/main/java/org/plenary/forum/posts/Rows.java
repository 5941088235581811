package org.plenary.forum.posts;

import static org.plenary.platform.database.Columns.instant;
import static org.plenary.platform.database.Columns.optionalInstant;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Row;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.plenary.forum.api.PostAsSeen;
import org.plenary.forum.api.PostFacts;
import org.plenary.forum.api.TranscriptPost;
import org.plenary.forum.markdown.MarkdownRenderer;
import org.plenary.platform.wire.WireEnum;

/** Rows of the posts' queries as records. */
final class Rows {

  private Rows() {
  }

  /** A row of {@code PostQueries.VIEW_COLUMNS}. */
  static Post post(Row row) {
    Long alignsWith = row.getLong("aligns_with");
    return new Post(row.getLong("id"), row.getUUID("thread_id"), row.getInteger("seq"),
        Optional.ofNullable(row.getLong("parent_id")), kind(row), row.getString("language"),
        row.getString("body_markdown"), row.getString("body_html"),
        Optional.ofNullable(row.getInteger("guiding_question")), row.getString("status"),
        Optional.ofNullable(row.getLong("superseded_by")), optionalInstant(row, "withdrawn_at"),
        Optional.ofNullable(row.getString("withdrawal_reason")), row.getBoolean("hidden"),
        Optional.ofNullable(row.getString("hidden_reason")), optionalInstant(row, "hidden_at"),
        row.getInteger("reply_count"), row.getInteger("version"), instant(row, "created_at"),
        optionalInstant(row, "edited_at"),
        new PostAsSeen.Author(row.getUUID("author_id"), row.getString("author_name"),
            Optional.ofNullable(row.getString("author_username"))),
        new PostAsSeen.Organization(row.getString("organization_id"), row.getString("organization_name"),
            row.getString("organization_kind"), Optional.ofNullable(row.getString("organization_group"))),
        Optional.ofNullable(alignsWith).map(id -> new Post.Aligned(id, row.getString("aligned_organization_id"),
            row.getString("aligned_organization_name"), row.getString("aligned_organization_kind"))),
        onBehalfOf(row.getValue("on_behalf_of")), alignedBy(row.getValue("aligned_by")));
  }

  /** The States of {@code json_agg(json_build_object('id', 'name', 'consent', 'decidedAt'))}, null when none. */
  private static List<PostAsSeen.NamedState> onBehalfOf(Object aggregate) {
    List<PostAsSeen.NamedState> states = new ArrayList<>();
    entries(aggregate).forEach(state -> states.add(new PostAsSeen.NamedState(state.getString("id"),
        state.getString("name"), state.getString("consent"), Optional.ofNullable(state.getString("decidedAt"))
            .map(at -> OffsetDateTime.parse(at).toInstant()))));
    return states;
  }

  /** The statements of {@code json_agg(json_build_object('postId', 'id', 'name', 'kind'))}, null when none. */
  private static List<Post.Aligned> alignedBy(Object aggregate) {
    List<Post.Aligned> aligned = new ArrayList<>();
    entries(aggregate).forEach(other -> aligned.add(new Post.Aligned(other.getLong("postId"), other.getString("id"),
        other.getString("name"), other.getString("kind"))));
    return aligned;
  }

  private static List<JsonObject> entries(Object aggregate) {
    if (aggregate == null) {
      return List.of();
    }
    JsonArray array = aggregate instanceof JsonArray json ? json : new JsonArray(String.valueOf(aggregate));
    return array.stream().map(JsonObject.class::cast).toList();
  }

  static LockedPost locked(Row row) {
    return new LockedPost(row.getLong("id"), row.getUUID("thread_id"), kind(row), row.getUUID("author_id"),
        row.getString("organization_id"), row.getString("status"), row.getBoolean("hidden"), row.getInteger("version"),
        row.getString("language"), row.getString("body_markdown"), row.getString("body_html"),
        instant(row, "written_at"), instant(row, "created_at"));
  }

  static PostBasics basics(Row row) {
    return new PostBasics(row.getLong("id"), row.getUUID("thread_id"), kind(row), row.getString("organization_id"),
        row.getString("status"));
  }

  static PostVersion version(Row row) {
    return new PostVersion(row.getInteger("version"), row.getString("language"), row.getString("body_html"),
        instant(row, "written_at"));
  }

  static PostFacts facts(Row row) {
    return new PostFacts(row.getLong("id"), row.getUUID("thread_id"), row.getString("topic_id"), row.getString("kind"),
        row.getUUID("author_id"), row.getString("organization_id"), Optional.ofNullable(row.getUUID("parent_author_id")),
        MarkdownRenderer.plainText(row.getString("body_markdown")));
  }

  /** A row of {@code PostQueries.TRANSCRIPT}: the confirmed States' ids and names as two arrays in one order. */
  static TranscriptPost transcript(Row row) {
    String[] onBehalfOf = row.getArrayOfStrings("on_behalf_of");
    String[] onBehalfOfNames = row.getArrayOfStrings("on_behalf_of_names");
    return new TranscriptPost(row.getLong("id"), row.getInteger("seq"), row.getString("kind"),
        Optional.ofNullable(row.getLong("parent_id")), row.getUUID("author_id"), row.getString("author_name"),
        row.getString("organization_id"), row.getString("organization_name"), row.getString("organization_kind"),
        Optional.ofNullable(row.getString("regional_group")), row.getString("language"),
        MarkdownRenderer.plainText(row.getString("body_markdown")), onBehalfOf == null ? List.of() : List.of(onBehalfOf),
        onBehalfOfNames == null ? List.of() : List.of(onBehalfOfNames), Optional.ofNullable(row.getLong("aligns_with")),
        row.getString("status"), Optional.ofNullable(row.getInteger("guiding_question")), instant(row, "created_at"));
  }

  private static PostKind kind(Row row) {
    return WireEnum.parse(PostKind.class, row.getString("kind"));
  }
}
