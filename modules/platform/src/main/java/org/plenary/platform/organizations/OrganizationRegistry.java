package org.plenary.platform.organizations;

import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Tuple;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Loads the registry data files (every Member and observer State, the intergovernmental organizations,
 * the demo stakeholders and UN bodies) into the database. Idempotent: run at every start.
 */
public final class OrganizationRegistry {

  private static final String ORGANIZATIONS = "/registry/organizations.csv";
  private static final String MEMBERSHIPS = "/registry/memberships.csv";

  private OrganizationRegistry() {
  }

  /** Reads the data files; call off the event loop. */
  public static List<Tuple> readOrganizations() {
    List<Tuple> rows = new ArrayList<>();
    for (CSVRecord record : read(ORGANIZATIONS)) {
      rows.add(Tuple.of(
          record.get("id"),
          OrganizationKind.fromWire(record.get("kind")).wire(),
          record.get("name"),
          emptyToNull(record.get("regional_group")),
          Boolean.parseBoolean(record.get("observer")),
          emptyToNull(record.get("accreditation"))));
    }
    return rows;
  }

  public static List<Tuple> readMemberships() {
    List<Tuple> rows = new ArrayList<>();
    for (CSVRecord record : read(MEMBERSHIPS)) {
      rows.add(Tuple.of(record.get("organization"), record.get("state")));
    }
    return rows;
  }

  public static Future<Void> load(Pool pool, List<Tuple> organizations, List<Tuple> memberships) {
    return pool.withTransaction(conn -> conn.preparedQuery(OrganizationQueries.UPSERT).executeBatch(organizations)
        .compose(done -> conn.preparedQuery(OrganizationQueries.UPSERT_MEMBERSHIP).executeBatch(memberships))
        .mapEmpty());
  }

  private static List<CSVRecord> read(String resource) {
    try (InputStream in = OrganizationRegistry.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing registry file " + resource);
      }
      CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
      return format.parse(new InputStreamReader(in, StandardCharsets.UTF_8)).getRecords();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String emptyToNull(String value) {
    return value == null || value.isEmpty() ? null : value;
  }
}
