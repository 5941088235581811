package org.plenary.summary.store;

import static org.plenary.platform.database.Columns.instant;
import static org.plenary.platform.database.Columns.optionalInstant;

import io.vertx.sqlclient.Row;
import java.util.Optional;
import org.plenary.platform.wire.WireEnum;
import org.plenary.summary.domain.GeneratedSummary;
import org.plenary.summary.domain.Summary;
import org.plenary.summary.domain.SummaryState;
import org.plenary.summary.domain.SummaryStatus;
import org.plenary.summary.domain.SummaryVersion;

/** Rows of the summary queries as domain records. */
final class Rows {

  private Rows() {
  }

  static Summary summary(Row row) {
    return new Summary(row.getUUID("id"), row.getUUID("thread_id"), status(row), row.getBoolean("chatham_house"),
        new GeneratedSummary(row.getJsonObject("generated")), row.getInteger("version"), row.getString("markdown"),
        instant(row, "created_at"), instant(row, "edited_at"), optionalInstant(row, "submitted_at"),
        optionalInstant(row, "published_at"), row.getString("created_by_name"),
        Optional.ofNullable(row.getString("published_by_name")));
  }

  static SummaryState state(Row row) {
    return new SummaryState(row.getUUID("id"), row.getUUID("thread_id"), status(row), row.getInteger("version"),
        row.getBoolean("chatham_house"));
  }

  static SummaryVersion version(Row row) {
    return new SummaryVersion(row.getInteger("version"), row.getString("markdown"), row.getString("display_name"),
        instant(row, "edited_at"), Optional.ofNullable(row.getString("note")));
  }

  private static SummaryStatus status(Row row) {
    return WireEnum.parse(SummaryStatus.class, row.getString("status"));
  }
}
