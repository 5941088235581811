package org.plenary.testing.files;

import java.net.URI;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.Stream;
import org.plenary.testing.TestServer;

/** What the test server keeps of files: rows in its database, files in its upload directory. */
final class StoredRows {

  private StoredRows() {
  }

  /** Rows of {@code files} and of {@code file_chunk}. */
  static List<Long> counts() {
    try (var conn = DriverManager.getConnection(jdbcUrl()); var statement = conn.createStatement()) {
      try (var rows = statement.executeQuery("SELECT (SELECT count(*) FROM files), (SELECT count(*) FROM file_chunk)")) {
        rows.next();
        return List.of(rows.getLong(1), rows.getLong(2));
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** What is left in the upload directory, once the requests' end handlers have run (they run just after the answer). */
  static List<Path> leftInUploads() throws Exception {
    Path uploads = TestServer.running().dataDirectory().resolve("uploads");
    List<Path> left = List.of();
    for (int attempt = 0; attempt < 50; attempt++) {
      try (Stream<Path> files = java.nio.file.Files.list(uploads)) {
        left = files.toList();
      }
      if (left.isEmpty()) {
        return left;
      }
      Thread.sleep(50);
    }
    return left;
  }

  private static String jdbcUrl() {
    URI uri = URI.create(TestServer.running().database().url());
    String user = uri.getUserInfo() == null ? "postgres" : uri.getUserInfo();
    String[] credentials = user.split(":", 2);
    return "jdbc:postgresql://" + uri.getHost() + ":" + uri.getPort() + uri.getPath() + "?user=" + credentials[0]
        + (credentials.length > 1 ? "&password=" + credentials[1] : "");
  }
}
