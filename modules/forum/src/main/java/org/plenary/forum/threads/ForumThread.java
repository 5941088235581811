package org.plenary.forum.threads;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Row;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.plenary.platform.organizations.OrganizationKind;
import org.plenary.platform.wire.WireEnum;

/** A thread in a topic, as stored, with its opener's names joined in. */
public record ForumThread(
    UUID id,
    String topicId,
    ThreadKind kind,
    Audience audience,
    ThreadStatus status,
    /** Why a moderator locked or closed the thread, shown to every reader; empty while open. */
    Optional<String> statusReason,
    Optional<Instant> statusChangedAt,
    String title,
    String bodyMarkdown,
    String bodyHtml,
    String language,
    Optional<Instant> opensAt,
    Optional<Instant> closesAt,
    List<String> guidingQuestions,
    boolean chathamHouse,
    List<String> tags,
    UUID authorId,
    String authorName,
    String organizationId,
    String organizationName,
    OrganizationKind organizationKind,
    int postCount,
    Instant createdAt,
    Instant updatedAt,
    Instant lastActivityAt) {

  static final String COLUMNS = "t.id, t.topic_id, t.kind, t.audience, t.status, t.status_reason, t.status_changed_at,"
      + " t.title, t.body_markdown, t.body_html, t.language, t.opens_at, t.closes_at, t.guiding_questions,"
      + " t.chatham_house, t.tags, t.author_id, a.display_name AS author_name, t.organization_id,"
      + " o.name AS organization_name, o.kind AS organization_kind,"
      + " t.post_count, t.created_at, t.updated_at, t.last_activity_at";
  static final String FROM = " FROM thread t JOIN participant a ON a.id = t.author_id"
      + " JOIN organization o ON o.id = t.organization_id";

  static ForumThread fromRow(Row row) {
    return new ForumThread(
        row.getUUID("id"),
        row.getString("topic_id"),
        WireEnum.parse(ThreadKind.class, row.getString("kind")),
        WireEnum.parse(Audience.class, row.getString("audience")),
        WireEnum.parse(ThreadStatus.class, row.getString("status")),
        Optional.ofNullable(row.getString("status_reason")),
        instant(row, "status_changed_at"),
        row.getString("title"),
        row.getString("body_markdown"),
        row.getString("body_html"),
        row.getString("language"),
        instant(row, "opens_at"),
        instant(row, "closes_at"),
        row.getJsonArray("guiding_questions").stream().map(String::valueOf).toList(),
        row.getBoolean("chatham_house"),
        List.of(row.getArrayOfStrings("tags")),
        row.getUUID("author_id"),
        row.getString("author_name"),
        row.getString("organization_id"),
        row.getString("organization_name"),
        OrganizationKind.fromWire(row.getString("organization_kind")),
        row.getInteger("post_count"),
        instant(row, "created_at").orElseThrow(),
        instant(row, "updated_at").orElseThrow(),
        instant(row, "last_activity_at").orElseThrow());
  }

  private static Optional<Instant> instant(Row row, String column) {
    OffsetDateTime value = row.getOffsetDateTime(column);
    return Optional.ofNullable(value).map(OffsetDateTime::toInstant);
  }

  /** Why the thread takes no posts at {@code now}, or empty when it does. */
  public Optional<String> refusesPostsBecause(Instant now) {
    if (status != ThreadStatus.OPEN) {
      return Optional.of("the thread is " + status.wire() + " and takes no posts");
    }
    if (opensAt.isPresent() && now.isBefore(opensAt.get())) {
      return Optional.of("the consultation opens at " + opensAt.get() + " and takes no posts before");
    }
    if (closesAt.isPresent() && !now.isBefore(closesAt.get())) {
      return Optional.of("the consultation closed at " + closesAt.get() + " and takes no more posts");
    }
    return Optional.empty();
  }

  /**
   * Why the thread's record is frozen at {@code now}, or empty while it is not: once a thread is closed or
   * locked, or its closing time has passed, no post of it is edited or withdrawn and no joint statement of it
   * changes the States it lists. Moderators still hide posts for cause.
   */
  public Optional<String> recordFrozenBecause(Instant now) {
    if (status != ThreadStatus.OPEN) {
      return Optional.of("the thread is " + status.wire() + statusReason.map(reason -> " (\"" + reason + "\")").orElse(""));
    }
    if (closesAt.isPresent() && !now.isBefore(closesAt.get())) {
      return Optional.of("the " + (kind == ThreadKind.CONSULTATION ? "consultation" : "thread") + " closed at "
          + closesAt.get());
    }
    return Optional.empty();
  }

  public JsonObject toJson(Reader reader) {
    JsonObject json = new JsonObject()
        .put("id", id.toString())
        .put("topicId", topicId)
        .put("kind", kind.wire())
        .put("audience", audience.wire())
        .put("status", status.wire())
        .put("title", title)
        .put("bodyHtml", bodyHtml)
        .put("language", language)
        .put("guidingQuestions", new JsonArray(guidingQuestions))
        .put("chathamHouse", chathamHouse)
        .put("tags", new JsonArray(tags))
        .put("openedBy", openedBy(reader))
        .put("postCount", postCount)
        .put("createdAt", createdAt.toString())
        .put("updatedAt", updatedAt.toString())
        .put("lastActivityAt", lastActivityAt.toString());
    opensAt.ifPresent(t -> json.put("opensAt", t.toString()));
    closesAt.ifPresent(t -> json.put("closesAt", t.toString()));
    refusesPostsBecause(Instant.now()).ifPresentOrElse(
        reason -> json.put("acceptingPosts", false).put("notAcceptingPostsBecause", reason),
        () -> json.put("acceptingPosts", true));
    statusReason.filter(reason -> status != ThreadStatus.OPEN).ifPresent(reason -> json.put("statusReason", reason));
    statusChangedAt.ifPresent(at -> json.put("statusChangedAt", at.toString()));
    recordFrozenBecause(Instant.now()).ifPresentOrElse(
        reason -> json.put("recordFrozen", true).put("recordFrozenBecause", reason),
        () -> json.put("recordFrozen", false));
    if (reader.participant().map(p -> p.id().equals(authorId) || p.isModeratorOrSecretariat()).orElse(false)) {
      json.put("bodyMarkdown", bodyMarkdown);
    }
    return json;
  }

  private JsonObject openedBy(Reader reader) {
    JsonObject opener = new JsonObject().put("constituency", organizationKind.wire());
    if (reader.seesIdentity(chathamHouse, authorId)) {
      opener.put("author", new JsonObject().put("id", authorId.toString()).put("name", authorName))
          .put("organization", new JsonObject().put("id", organizationId).put("name", organizationName));
    }
    return opener;
  }
}
