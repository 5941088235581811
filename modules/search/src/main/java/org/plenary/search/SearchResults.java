package org.plenary.search;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Row;
import java.util.List;
import java.util.UUID;
import org.plenary.forum.api.ForumAccess;
import org.plenary.platform.http.Cursor;
import org.plenary.platform.http.Responses;

/** A page of results as one reader may see it: authors and organizations only where the thread API shows them. */
final class SearchResults {

  private SearchResults() {
  }

  static JsonObject page(List<Row> rows, SearchRequest request, ForumAccess forum) {
    List<Row> shown = rows.size() > request.limit() ? rows.subList(0, request.limit()) : rows;
    JsonArray items = new JsonArray();
    shown.forEach(row -> items.add(result(row, request, forum)));
    String next = null;
    if (rows.size() > request.limit()) {
      Row last = shown.get(shown.size() - 1);
      next = request.byTime() ? Cursor.encode(last.getOffsetDateTime("sort_time").toString(), last.getString("id"))
          : Cursor.encode(last.getFloat("rank"), last.getString("id"));
    }
    return Responses.page(items, next);
  }

  private static JsonObject result(Row row, SearchRequest request, ForumAccess forum) {
    String plain = row.getString("plain_text");
    JsonObject json = new JsonObject()
        .put("id", row.getString("id"))
        .put("kind", row.getString("kind"))
        .put("href", row.getString("href"))
        .put("language", row.getString("language"))
        .put("snippet", plain == null ? Snippets.fromHeadline(row.getString("headline"))
            : Snippets.cjk(plain, request.query(), row.getString("headline")))
        .put("createdAt", row.getOffsetDateTime("created_at").toInstant().toString());
    putIfPresent(json, "title", row.getString("title"));
    putIfPresent(json, "topicId", row.getString("topic_id"));
    putIfPresent(json, "constituency", row.getString("constituency"));
    if (row.getString("scope_title") != null) {
      json.put("in", new JsonObject().put("id", row.getString("scope")).put("title", row.getString("scope_title"))
          .put("href", row.getString("scope_href")));
    }
    if (row.getBoolean("hidden")) {
      json.put("hidden", true);
    }
    UUID authorId = row.getUUID("author_id");
    if (authorId != null && forum.seesIdentity(request.reader(), row.getBoolean("chatham_house"), authorId)) {
      json.put("author", new JsonObject().put("id", authorId.toString()).put("name", row.getString("author_name"))
              .put("username", row.getString("author_username")))
          .put("speaksFor", new JsonObject().put("id", row.getString("organization_id"))
              .put("name", row.getString("organization_name")).put("kind", row.getString("constituency"))
              .put("regionalGroup", row.getString("regional_group")));
    }
    return json;
  }

  private static void putIfPresent(JsonObject json, String key, Object value) {
    if (value != null) {
      json.put(key, value);
    }
  }
}
