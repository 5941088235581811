package org.plenary.platform.database;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.net.NetClientOptions;
import io.vertx.pgclient.PgBuilder;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.PoolOptions;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.flywaydb.core.Flyway;
import org.plenary.platform.config.PlenaryConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The system of record: an external PostgreSQL when configured, otherwise the embedded one with its data
 * directory under {@code PLENARY_DATA_DIR/pg}. Migrations run before the pool opens, off the event loop.
 */
public final class Database {

  private static final Logger LOG = LoggerFactory.getLogger(Database.class);
  private static final String EMBEDDED_DATABASE = "plenary";
  /** A database host that does not answer fails a request in seconds (503), not after the client's default minute. */
  private static final int CONNECT_TIMEOUT_MS = 5_000;
  /** How long closing waits for connections still busy with requests that outlived the shutdown's grace period. */
  private static final long CLOSE_WAIT_MS = 1_000;

  private final Pool pool;
  private final EmbeddedPostgres embedded;
  private final DatabaseLocation location;
  private final DatabaseOutage outage;
  private final PoolConnections connections;

  private Database(Pool pool, PoolConnections connections, EmbeddedPostgres embedded, DatabaseLocation location,
                   DatabaseOutage outage) {
    this.pool = pool;
    this.connections = connections;
    this.embedded = embedded;
    this.location = location;
    this.outage = outage;
  }

  public static Future<Database> open(Vertx vertx, PlenaryConfig config, Map<String, String> env) {
    return vertx.executeBlocking(() -> {
      EmbeddedPostgres embedded = null;
      DatabaseLocation location;
      if (config.databaseUrl().isPresent()) {
        location = DatabaseLocation.fromUrl(config.databaseUrl().get());
      } else if (env.containsKey("PGHOST")) {
        location = DatabaseLocation.fromPgEnvironment();
      } else {
        embedded = EmbeddedPostgres.start(config.dataDirectory().resolve("pg"), true);
        createDatabaseIfMissing(embedded, EMBEDDED_DATABASE);
        location = DatabaseLocation.fromUrl(embedded.url(EMBEDDED_DATABASE));
      }
      migrate(location);
      PoolConnections connections = new PoolConnections(2 * config.databasePoolSize());
      Pool pool = PgBuilder.pool()
          .with(new PoolOptions().setMaxSize(config.databasePoolSize()))
          .with(new NetClientOptions().setConnectTimeout(CONNECT_TIMEOUT_MS))
          .connectingTo(location.connectOptions().setCachePreparedStatements(true).setPipeliningLimit(256))
          .withConnectHandler(connections)
          .using(vertx)
          .build();
      LOG.info("Database ready at {}", location.describe());
      return new Database(pool, connections, embedded, location, new DatabaseOutage(vertx, pool));
    });
  }

  public Pool pool() {
    return pool;
  }

  /** Tells outages from other failures, and logs each outage once. */
  public DatabaseOutage outage() {
    return outage;
  }

  /** Where to open a dedicated connection, for LISTEN. */
  public PgConnectOptions connectOptions() {
    return new PgConnectOptions(location.connectOptions());
  }

  /**
   * Cancels the queries still running (of requests that outlived the shutdown's grace period: the pool would
   * wait for them), closes the pool, waiting at most {@link #CLOSE_WAIT_MS}, then stops the embedded server.
   */
  public Future<Void> close(Vertx vertx) {
    outage.close();
    return connections.cancelRunningQueries().timeout(CLOSE_WAIT_MS, TimeUnit.MILLISECONDS).otherwiseEmpty()
        .compose(cancelled -> pool.close().timeout(CLOSE_WAIT_MS, TimeUnit.MILLISECONDS).otherwiseEmpty())
        .compose(closed -> embedded == null ? Future.succeededFuture()
            : vertx.executeBlocking(() -> {
              embedded.close();
              return null;
            }));
  }

  public static void migrate(DatabaseLocation location) {
    Flyway.configure()
        .dataSource(location.jdbcUrl(), location.user(), location.password())
        .locations("classpath:db/migration")
        // Each bounded context numbers its migrations in its own range and touches only its own tables,
        // so a context's migration may arrive after a later-numbered one of another has run.
        .outOfOrder(true)
        .load()
        .migrate();
  }

  public static void createDatabaseIfMissing(EmbeddedPostgres server, String name) throws java.sql.SQLException {
    String admin = "jdbc:postgresql://127.0.0.1:" + server.port() + "/postgres?user=postgres";
    try (var conn = DriverManager.getConnection(admin);
         var check = conn.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
      check.setString(1, name);
      if (!check.executeQuery().next()) {
        try (var create = conn.createStatement()) {
          create.execute("CREATE DATABASE \"" + name.replace("\"", "") + "\"");
        }
      }
    }
  }

  /** Where the embedded server keeps its data, for messages and tests. */
  public static Path embeddedDataDirectory(PlenaryConfig config) {
    return config.dataDirectory().resolve("pg");
  }
}
