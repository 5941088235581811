package org.plenary.capacity.service;

import io.vertx.core.Future;
import io.vertx.sqlclient.SqlClient;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.plenary.capacity.matching.Profiles;
import org.plenary.capacity.store.ReferenceStore;
import org.plenary.platform.failure.Failure;

/** Checks the areas and regions a listing names, and resolves States to their regional groups. */
public final class References {

  /** A listing's regions: the States named and the regional groups, named or theirs. */
  public record Regions(List<String> states, List<String> groups) {
  }

  private final ReferenceStore store;

  public References(ReferenceStore store) {
    this.store = store;
  }

  Future<Void> requireKnownAreas(SqlClient client, List<String> areas) {
    return store.unknown(client, areas).compose(unknown -> unknown.isEmpty() ? Future.succeededFuture()
        : Future.failedFuture(Failure.invalid("Unknown areas " + unknown
            + "; GET /api/v1/capacity/areas lists the taxonomy.")));
  }

  /** Fails with a 400 naming any region that is neither a regional group nor a State's id. */
  public Future<Regions> regions(SqlClient client, List<String> regions) {
    List<String> named = regions.stream().filter(region -> !Profiles.isGroup(region)).toList();
    return store.stateGroups(client, named).compose(groupOf -> {
      List<String> unknown = named.stream().filter(id -> !groupOf.containsKey(id)).toList();
      if (!unknown.isEmpty()) {
        return Future.failedFuture(Failure.invalid("Unknown regions " + unknown + ": a region is a UN regional"
            + " group (african, asia-pacific, eastern-european, latin-american-caribbean, western-european-others)"
            + " or a State's ISO 3166-1 alpha-3 code."));
      }
      Set<String> groups = new LinkedHashSet<>(regions.stream().filter(Profiles::isGroup).toList());
      named.forEach(id -> groups.add(groupOf.get(id)));
      return Future.succeededFuture(new Regions(named, List.copyOf(groups)));
    });
  }
}
