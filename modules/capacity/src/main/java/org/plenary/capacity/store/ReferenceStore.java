package org.plenary.capacity.store;

import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.plenary.capacity.domain.Area;

/** What needs and offers refer to: the area taxonomy (seeded by migration, read once) and the States. */
public final class ReferenceStore {

  private final Pool pool;
  private volatile Future<List<Area>> areas;

  public ReferenceStore(Pool pool) {
    this.pool = pool;
  }

  /** The taxonomy in its order; cached, since only a migration changes it. */
  public Future<List<Area>> all() {
    Future<List<Area>> loaded = areas;
    if (loaded == null || loaded.failed()) {
      loaded = pool.query(CapacityQueries.AREAS).execute()
          .map(rows -> Rows.all(rows, row -> new Area(row.getString("id"), row.getString("label"),
              row.getString("description"))));
      areas = loaded;
    }
    return loaded;
  }

  public Future<Map<String, String>> areaLabels() {
    return all().map(list -> {
      Map<String, String> labels = new HashMap<>();
      list.forEach(area -> labels.put(area.id(), area.label()));
      return labels;
    });
  }

  public Future<List<String>> unknown(SqlClient client, List<String> areaIds) {
    return client.preparedQuery(CapacityQueries.UNKNOWN_AREAS).execute(Tuple.of(Params.array(areaIds)))
        .map(rows -> Rows.all(rows, row -> row.getString(0)));
  }

  /** The regional group of each State among {@code ids}; ids that are not States are missing from the map. */
  public Future<Map<String, String>> stateGroups(SqlClient client, List<String> ids) {
    return client.preparedQuery(CapacityQueries.STATES).execute(Tuple.of(Params.array(ids))).map(rows -> {
      Map<String, String> groups = new HashMap<>();
      rows.forEach(row -> groups.put(row.getString("id"), row.getString("regional_group")));
      return groups;
    });
  }
}
