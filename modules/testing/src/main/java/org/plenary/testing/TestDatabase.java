package org.plenary.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.plenary.platform.database.EmbeddedPostgres;

/**
 * A fresh, empty database for one test run: on the PostgreSQL named by {@code PLENARY_TEST_DB_URL}
 * (for example the machine's own at postgresql://postgres@127.0.0.1:5432/postgres), or else on an
 * embedded PostgreSQL, so the tests need no database installed.
 */
public final class TestDatabase implements AutoCloseable {

  private final String adminJdbcUrl;
  private final String url;
  private final String name;
  private final EmbeddedPostgres embedded;

  private TestDatabase(String adminJdbcUrl, String url, String name, EmbeddedPostgres embedded) {
    this.adminJdbcUrl = adminJdbcUrl;
    this.url = url;
    this.name = name;
    this.embedded = embedded;
  }

  public static TestDatabase create(String name) throws Exception {
    String configured = System.getenv("PLENARY_TEST_DB_URL");
    EmbeddedPostgres embedded = null;
    String serverUrl;
    if (configured != null && !configured.isBlank()) {
      serverUrl = configured.substring(0, configured.lastIndexOf('/'));
    } else {
      Path dir = Files.createTempDirectory("plenary-test-pg", TestServer.OPEN_DIRECTORY);
      embedded = EmbeddedPostgres.start(dir.resolve("pg"), false);
      serverUrl = "postgresql://postgres@127.0.0.1:" + embedded.port();
    }
    java.net.URI uri = java.net.URI.create(serverUrl);
    String userInfo = uri.getUserInfo() == null ? "postgres" : uri.getUserInfo();
    String user = userInfo.split(":")[0];
    String password = userInfo.contains(":") ? userInfo.substring(userInfo.indexOf(':') + 1) : "";
    String admin = "jdbc:postgresql://" + uri.getHost() + ":" + uri.getPort() + "/postgres?user=" + user
        + (password.isEmpty() ? "" : "&password=" + password);
    String unique = name + "_" + ProcessHandle.current().pid() + "_" + System.nanoTime() % 100000;
    execute(admin, "DROP DATABASE IF EXISTS " + unique);
    execute(admin, "CREATE DATABASE " + unique);
    return new TestDatabase(admin, serverUrl + "/" + unique, unique, embedded);
  }

  /** {@code postgresql://...} for PLENARY_DB_URL. */
  public String url() {
    return url;
  }

  @Override
  public void close() throws SQLException {
    if (embedded != null) {
      embedded.close();
    } else {
      execute(adminJdbcUrl, "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    }
  }

  private static void execute(String jdbcUrl, String sql) throws SQLException {
    try (var conn = DriverManager.getConnection(jdbcUrl); var statement = conn.createStatement()) {
      statement.execute(sql);
    }
  }
}
