package org.plenary.platform.database;

import io.vertx.pgclient.PgConnectOptions;
import io.vertx.pgclient.SslMode;

/** Where the database is, in the two forms we need: the Vert.x client's and JDBC's (for Flyway only). */
public record DatabaseLocation(PgConnectOptions connectOptions) {

  /** From {@code postgresql://user:pass@host:port/db}. */
  public static DatabaseLocation fromUrl(String url) {
    try {
      return new DatabaseLocation(PgConnectOptions.fromUri(url));
    } catch (RuntimeException e) {
      throw new org.plenary.platform.config.ConfigurationException(
          "PLENARY_DB_URL must look like postgresql://user:password@host:5432/database (" + e.getMessage() + ")");
    }
  }

  /** From the libpq variables PGHOST, PGPORT, PGDATABASE, PGUSER, PGPASSWORD. */
  public static DatabaseLocation fromPgEnvironment() {
    return new DatabaseLocation(PgConnectOptions.fromEnv());
  }

  public String jdbcUrl() {
    PgConnectOptions o = connectOptions;
    String url = "jdbc:postgresql://" + o.getHost() + ":" + o.getPort() + "/" + o.getDatabase();
    return o.getSslMode() == null || o.getSslMode() == SslMode.DISABLE ? url
        : url + "?sslmode=" + o.getSslMode().name().toLowerCase().replace('_', '-');
  }

  public String user() {
    return connectOptions.getUser();
  }

  public String password() {
    return connectOptions.getPassword();
  }

  public String describe() {
    return connectOptions.getHost() + ":" + connectOptions.getPort() + "/" + connectOptions.getDatabase();
  }
}
