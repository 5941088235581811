package org.plenary.platform.organizations;

import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads the organization registry. */
public final class Organizations {

  private final Pool pool;

  public Organizations(Pool pool) {
    this.pool = pool;
  }

  public Future<Optional<Organization>> find(String id) {
    return pool.preparedQuery(OrganizationQueries.FIND_BY_ID).execute(Tuple.of(id))
        .map(rows -> rows.size() == 0 ? Optional.empty() : Optional.of(Organization.fromRow(rows.iterator().next())));
  }

  /** Up to {@code limit} organizations after {@code afterId}, ordered by id. */
  public Future<List<Organization>> list(String kind, String group, String afterId, int limit) {
    return pool.preparedQuery(OrganizationQueries.LIST_PAGE).execute(Tuple.of(kind, group, afterId, limit))
        .map(Organizations::toList);
  }

  /** Up to {@code limit} organizations after ({@code afterName}, {@code afterId}), ordered by name. */
  public Future<List<Organization>> listByName(String kind, String group, String afterName, String afterId, int limit) {
    return pool.preparedQuery(OrganizationQueries.LIST_PAGE_BY_NAME)
        .execute(Tuple.of(kind, group, afterName, limit, afterId)).map(Organizations::toList);
  }

  /** Every organization's name by id (a few hundred rows). */
  public Future<java.util.Map<String, String>> names() {
    return pool.query("SELECT id, name FROM organization").execute().map(rows -> {
      java.util.Map<String, String> names = new java.util.HashMap<>();
      rows.forEach(row -> names.put(row.getString("id"), row.getString("name")));
      return names;
    });
  }

  public Future<List<String>> members(String organizationId) {
    return pool.preparedQuery(OrganizationQueries.MEMBERS).execute(Tuple.of(organizationId))
        .map(rows -> {
          List<String> ids = new ArrayList<>();
          rows.forEach(row -> ids.add(row.getString(0)));
          return ids;
        });
  }

  private static List<Organization> toList(RowSet<Row> rows) {
    List<Organization> list = new ArrayList<>(rows.size());
    rows.forEach(row -> list.add(Organization.fromRow(row)));
    return list;
  }
}
