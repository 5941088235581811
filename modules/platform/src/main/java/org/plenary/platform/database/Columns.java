package org.plenary.platform.database;

import io.vertx.sqlclient.Row;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;

/** Reading a row's timestamps as instants, the one way every store's row mapping does. */
public final class Columns {

  private Columns() {
  }

  /** A {@code timestamptz} column that is never null. */
  public static Instant instant(Row row, String column) {
    return row.getOffsetDateTime(column).toInstant();
  }

  /** A {@code timestamptz} column that may be null. */
  public static Optional<Instant> optionalInstant(Row row, String column) {
    return Optional.ofNullable(row.getOffsetDateTime(column)).map(OffsetDateTime::toInstant);
  }

  /** A {@code timestamptz} column that may be null, for records that keep the null (drafts' older records). */
  public static Instant instantOrNull(Row row, String column) {
    OffsetDateTime at = row.getOffsetDateTime(column);
    return at == null ? null : at.toInstant();
  }
}
