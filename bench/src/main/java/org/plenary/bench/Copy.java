package org.plenary.bench;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import org.postgresql.PGConnection;

/** Rows streamed to PostgreSQL with COPY, in batches, escaped for COPY's text format. */
final class Copy implements AutoCloseable {

  private static final int BATCH = 5_000;

  private final Connection connection;
  private final String statement;
  private final StringBuilder rows = new StringBuilder();
  private final Copy[] referenced;
  private int count;

  /** @param referenced copies of the tables this one refers to, flushed first so foreign keys hold */
  Copy(Connection connection, String table, String columns, Copy... referenced) {
    this.connection = connection;
    this.statement = "COPY " + table + " (" + columns + ") FROM STDIN";
    this.referenced = referenced;
  }

  void row(Object... values) throws SQLException, IOException {
    for (int i = 0; i < values.length; i++) {
      if (i > 0) {
        rows.append('\t');
      }
      rows.append(values[i] == null ? "\\N" : escape(String.valueOf(values[i])));
    }
    rows.append('\n');
    if (++count % BATCH == 0) {
      flush();
    }
  }

  private void flush() throws SQLException, IOException {
    for (Copy copy : referenced) {
      copy.flush();
    }
    if (rows.length() > 0) {
      connection.unwrap(PGConnection.class).getCopyAPI().copyIn(statement, new StringReader(rows.toString()));
      rows.setLength(0);
    }
  }

  @Override
  public void close() throws SQLException, IOException {
    flush();
  }

  private static String escape(String value) {
    return value.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
  }
}
