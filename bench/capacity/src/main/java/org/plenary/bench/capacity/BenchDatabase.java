package org.plenary.bench.capacity;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.pgclient.PgBuilder;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.PoolOptions;
import io.vertx.sqlclient.Row;
import java.net.URI;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A fresh database for one run on the PostgreSQL of PLENARY_BENCH_DB_URL, dropped at the end. */
final class BenchDatabase implements AutoCloseable {

  static final String NAME = "plenary_bench_capacity";

  private final String serverUrl;

  BenchDatabase(String serverUrl) throws SQLException {
    this.serverUrl = serverUrl.substring(0, serverUrl.lastIndexOf('/'));
    admin("DROP DATABASE IF EXISTS " + NAME + " WITH (FORCE)");
    admin("CREATE DATABASE " + NAME);
  }

  String url() {
    return serverUrl + "/" + NAME;
  }

  Pool pool(Vertx vertx, int size) {
    return PgBuilder.pool().with(new PoolOptions().setMaxSize(size))
        .connectingTo(PgConnectOptions.fromUri(url()).setCachePreparedStatements(true).setPipeliningLimit(256))
        .using(vertx).build();
  }

  /** One delegate per organization, as the authors of the generated listings. */
  static Future<Map<String, UUID>> delegates(Pool pool) {
    return pool.query("INSERT INTO participant (issuer, subject, username, display_name, organization_id, roles)"
            + " SELECT 'bench', id, 'bench-' || id, name, id, '{delegate}' FROM organization"
            + " ON CONFLICT DO NOTHING RETURNING id, organization_id").execute()
        .map(rows -> {
          Map<String, UUID> delegates = new HashMap<>();
          rows.forEach(row -> delegates.put(row.getString("organization_id"), row.getUUID("id")));
          return delegates;
        });
  }

  static Future<List<Dataset.State>> states(Pool pool) {
    return pool.query("SELECT id, regional_group FROM organization WHERE kind = 'state' ORDER BY id").execute()
        .map(rows -> {
          List<Dataset.State> states = new ArrayList<>();
          for (Row row : rows) {
            states.add(new Dataset.State(row.getString("id"), row.getString("regional_group")));
          }
          return states;
        });
  }

  /** Organizations that may offer: every State, the intergovernmental and the accredited organizations. */
  static Future<List<String>> providers(Pool pool) {
    return pool.query("SELECT id FROM organization WHERE kind <> 'un-body'"
            + " AND (accreditation IS NULL OR accreditation = 'accredited') ORDER BY id").execute()
        .map(rows -> {
          List<String> ids = new ArrayList<>();
          rows.forEach(row -> ids.add(row.getString("id")));
          return ids;
        });
  }

  static Future<Void> analyze(Pool pool) {
    return pool.query("ANALYZE").execute().mapEmpty();
  }

  /** Dropped, unless PLENARY_BENCH_KEEP is set to look at it afterwards. */
  @Override
  public void close() throws SQLException {
    if (System.getenv("PLENARY_BENCH_KEEP") == null) {
      admin("DROP DATABASE IF EXISTS " + NAME + " WITH (FORCE)");
    }
  }

  private void admin(String sql) throws SQLException {
    URI uri = URI.create(serverUrl);
    String[] user = (uri.getUserInfo() == null ? "postgres" : uri.getUserInfo()).split(":", 2);
    String jdbc = "jdbc:postgresql://" + uri.getHost() + ":" + uri.getPort() + "/postgres?user=" + user[0]
        + (user.length > 1 ? "&password=" + user[1] : "");
    try (var conn = DriverManager.getConnection(jdbc); var statement = conn.createStatement()) {
      statement.execute(sql);
    }
  }
}
