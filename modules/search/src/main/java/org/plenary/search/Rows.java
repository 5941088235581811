package org.plenary.search;

import io.vertx.sqlclient.Row;
import java.util.List;
import org.plenary.platform.database.Columns;

/** Rows of the search queries as records. */
final class Rows {

  private Rows() {
  }

  static SearchHit hit(Row row) {
    return new SearchHit(row.getString("id"), row.getString("kind"), row.getString("scope"),
        row.getString("topic_id"), row.getString("title"), row.getString("language"),
        row.getBoolean("chatham_house"), row.getBoolean("hidden"), row.getUUID("author_id"),
        row.getString("organization_id"), row.getString("constituency"), row.getString("regional_group"),
        Columns.instant(row, "created_at"), row.getString("href"), row.getFloat("rank"),
        row.getOffsetDateTime("sort_time"), row.getString("scope_title"), row.getString("scope_href"),
        row.getString("author_name"), row.getString("author_username"), row.getString("organization_name"),
        row.getString("plain_text"), row.getString("headline"), List.of(row.getArrayOfStrings("tags")));
  }
}
