package org.plenary.forum.posts;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Row;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;
import org.plenary.forum.threads.Reader;
import org.plenary.platform.wire.WireEnum;

/**
 * A post as one reader may see it. Under the Chatham House Rule the author, the organization, the
 * States it speaks for and the organizations behind alignments are left out of the JSON entirely
 * (not blanked): only the constituency remains.
 */
public final class PostView {

  private PostView() {
  }

  public static JsonObject toJson(Row row, boolean chathamHouse, Reader reader) {
    UUID authorId = row.getUUID("author_id");
    boolean identified = reader.seesIdentity(chathamHouse, authorId);
    boolean moderator = reader.seesBehindChathamHouse();
    boolean own = reader.participant().map(p -> p.id().equals(authorId)).orElse(false);
    PostKind kind = WireEnum.parse(PostKind.class, row.getString("kind"));

    JsonObject json = new JsonObject()
        .put("id", row.getLong("id"))
        .put("threadId", row.getUUID("thread_id").toString())
        .put("seq", row.getInteger("seq"))
        .put("kind", kind.wire())
        .put("language", row.getString("language"))
        .put("constituency", row.getString("organization_kind"))
        .put("replyCount", row.getInteger("reply_count"))
        .put("version", row.getInteger("version"))
        .put("createdAt", time(row, "created_at"));
    putIfPresent(json, "parentId", row.getLong("parent_id"));
    putIfPresent(json, "guidingQuestion", row.getInteger("guiding_question"));
    putIfPresent(json, "editedAt", time(row, "edited_at"));
    if (identified) {
      json.put("author", new JsonObject().put("id", authorId.toString())
              .put("name", row.getString("author_name")).put("username", row.getString("author_username")))
          .put("speaksFor", new JsonObject().put("id", row.getString("organization_id"))
              .put("name", row.getString("organization_name")).put("kind", row.getString("organization_kind"))
              .put("regionalGroup", row.getString("organization_group")));
    }
    if (kind == PostKind.POSITION) {
      putPosition(json, row, identified, chathamHouse && !moderator, reader);
    }
    boolean hidden = row.getBoolean("hidden");
    if (hidden) {
      json.put("hidden", new JsonObject().put("reason", row.getString("hidden_reason")).put("at", time(row, "hidden_at")));
    }
    if (!hidden || moderator) {
      json.put("bodyHtml", row.getString("body_html"));
    }
    if (own && !hidden) {
      json.put("bodyMarkdown", row.getString("body_markdown"));
    }
    return json;
  }

  private static void putPosition(JsonObject json, Row row, boolean identified, boolean anonymiseOthers, Reader reader) {
    json.put("official", true).put("status", row.getString("status"));
    putIfPresent(json, "supersededBy", row.getLong("superseded_by"));
    putIfPresent(json, "withdrawnAt", time(row, "withdrawn_at"));
    putIfPresent(json, "withdrawalReason", row.getString("withdrawal_reason"));
    JsonArray onBehalfOf = onBehalfOf(row);
    if (identified && !onBehalfOf.isEmpty()) {
      json.put("onBehalfOf", onBehalfOf);
    } else if (!identified) {
      // under the Chatham House Rule a State still sees its own name, to confirm or decline it
      namedOrganization(row, reader).ifPresent(own -> json.put("onBehalfOf", new JsonArray().add(own)));
    }
    Long alignsWith = row.getLong("aligns_with");
    if (alignsWith != null) {
      json.put("alignsWith", reference(alignsWith, row.getString("aligned_organization_id"),
          row.getString("aligned_organization_name"), row.getString("aligned_organization_kind"), anonymiseOthers));
    }
    Object alignedBy = row.getValue("aligned_by");
    JsonArray aligned = new JsonArray();
    if (alignedBy != null) {
      asArray(alignedBy).forEach(entry -> {
        JsonObject other = (JsonObject) entry;
        aligned.add(reference(other.getLong("postId"), other.getString("id"), other.getString("name"),
            other.getString("kind"), anonymiseOthers));
      });
    }
    json.put("alignedBy", aligned);
  }

  /**
   * The States the statement is delivered on behalf of, with their consent ({@code confirmed} or
   * {@code pending}) and when they gave it; declined and left States are not listed.
   */
  private static JsonArray onBehalfOf(Row row) {
    Object value = row.getValue("on_behalf_of");
    JsonArray states = new JsonArray();
    if (value != null) {
      asArray(value).forEach(entry -> {
        JsonObject state = (JsonObject) entry;
        JsonObject shown = new JsonObject().put("id", state.getString("id")).put("name", state.getString("name"))
            .put("consent", state.getString("consent"));
        if (state.getString("decidedAt") != null) {
          shown.put("decidedAt", OffsetDateTime.parse(state.getString("decidedAt")).toInstant().toString());
        }
        states.add(shown);
      });
    }
    return states;
  }

  /** The reader's own State's entry, if the statement names it and that State did not deliver it. */
  static Optional<JsonObject> namedOrganization(Row row, Reader reader) {
    return reader.participant().map(p -> p.organization().id())
        .filter(own -> !own.equals(row.getString("organization_id")))
        .flatMap(own -> onBehalfOf(row).stream().map(JsonObject.class::cast)
            .filter(state -> state.getString("id").equals(own)).findFirst());
  }

  private static JsonObject reference(long postId, String organizationId, String name, String kind, boolean anonymise) {
    JsonObject reference = new JsonObject().put("postId", postId).put("constituency", kind);
    if (!anonymise) {
      reference.put("speaksFor", new JsonObject().put("id", organizationId).put("name", name));
    }
    return reference;
  }

  private static JsonArray asArray(Object value) {
    return value instanceof JsonArray array ? array : new JsonArray(String.valueOf(value));
  }

  private static String time(Row row, String column) {
    OffsetDateTime value = row.getOffsetDateTime(column);
    return value == null ? null : value.toInstant().toString();
  }

  private static void putIfPresent(JsonObject json, String key, Object value) {
    if (value != null) {
      json.put(key, value);
    }
  }
}
