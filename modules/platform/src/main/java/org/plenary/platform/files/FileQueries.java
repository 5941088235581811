package org.plenary.platform.files;

/** The SQL of the file stores, named by intent. */
final class FileQueries {

  private FileQueries() {
  }

  static final String COLUMNS = "id, filename, type, size, sha256, store, stored_at";

  static final String INSERT = "INSERT INTO files (id, filename, type, size, sha256, store)"
      + " VALUES ($1, $2, $3, $4, $5, $6) RETURNING " + COLUMNS;

  static final String FIND = "SELECT " + COLUMNS + " FROM files WHERE id = $1";

  static final String INSERT_CHUNK = "INSERT INTO file_chunk (file_id, seq, bytes) VALUES ($1, $2, $3)";

  static final String CHUNK = "SELECT bytes FROM file_chunk WHERE file_id = $1 AND seq = $2";
}
