package org.plenary.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.plenary.platform.database.Database;
import org.plenary.platform.database.EmbeddedPostgres;

/**
 * A PostgreSQL of a test's own (the embedded binaries, a fresh data directory, a port of its own), which the
 * test may stop and start again on the same port to cut a server off from its database. Never the machine's
 * PostgreSQL, whatever PLENARY_TEST_DB_URL says: other test runs share that one.
 */
public final class OwnPostgres implements AutoCloseable {

  private final Path dataDirectory;
  private final int port;
  private EmbeddedPostgres running;

  private OwnPostgres(Path dataDirectory, int port, EmbeddedPostgres running) {
    this.dataDirectory = dataDirectory;
    this.port = port;
    this.running = running;
  }

  /** Starts a fresh server with an empty database {@code name}. */
  public static OwnPostgres start(String name) throws Exception {
    Path dir = Files.createTempDirectory("plenary-own-pg", TestServer.OPEN_DIRECTORY).resolve("pg");
    EmbeddedPostgres server = EmbeddedPostgres.start(dir, false);
    Database.createDatabaseIfMissing(server, name);
    return new OwnPostgres(dir, server.port(), server);
  }

  /** {@code postgresql://postgres@127.0.0.1:<port>/<database>}, for PLENARY_DB_URL. */
  public String url(String database) {
    return url(database, "postgres");
  }

  /** The same for another role (which trusts every local connection, as the test's own server does). */
  public String url(String database, String role) {
    return "postgresql://" + role + "@127.0.0.1:" + port + "/" + database;
  }

  /** A JDBC connection as the superuser, to arrange what a test needs. */
  public Connection connect(String database) throws SQLException {
    return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/" + database + "?user=postgres");
  }

  /** The outage: PostgreSQL shuts down (fast: sessions are ended) and refuses connections until {@link #resume}. */
  public void stop() {
    running.close();
    running = null;
  }

  /** The end of the outage: PostgreSQL runs again on the same port with the same data. */
  public void resume() throws Exception {
    running = EmbeddedPostgres.start(dataDirectory, false, port);
  }

  @Override
  public void close() {
    if (running != null) {
      running.close();
    }
  }
}
