package org.plenary.platform.files;

import io.vertx.sqlclient.Row;

/** Rows of the {@code files} table as records. */
final class Rows {

  private Rows() {
  }

  static StoredFile file(Row row) {
    return new StoredFile(row.getUUID("id"), row.getString("filename"), FileType.ofColumn(row.getString("type")),
        row.getLong("size"), row.getString("sha256"), row.getOffsetDateTime("stored_at").toInstant());
  }

  /** The file and where its bytes are: {@code postgres} or {@code s3}. */
  record Kept(StoredFile file, String store) {
  }

  static Kept kept(Row row) {
    return new Kept(file(row), row.getString("store"));
  }
}
