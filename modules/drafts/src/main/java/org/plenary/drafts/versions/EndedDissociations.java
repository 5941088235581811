package org.plenary.drafts.versions;

import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Tuple;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import org.plenary.drafts.DraftAccess;
import org.plenary.drafts.DraftQueries;
import org.plenary.drafts.api.DraftEvents;
import org.plenary.platform.events.Outbox;

/**
 * A dissociation concerns the text a State dissociated from: when a new version changes a paragraph's text, the
 * current dissociations from it end, in the transaction that publishes the version, and each State is told
 * ({@code draft.dissociation-ended} on its organization's stream, so that only its own people hear of it) that it
 * may dissociate again from the new text.
 */
final class EndedDissociations {

  private EndedDissociations() {
  }

  static Future<Void> end(SqlConnection conn, UUID threadId, int version, List<RevisionPlan.Planned> planned) {
    Map<UUID, Integer> newTexts = planned.stream().filter(RevisionPlan.Planned::newText)
        .collect(Collectors.toMap(RevisionPlan.Planned::id, RevisionPlan.Planned::number));
    if (newTexts.isEmpty()) {
      return Future.succeededFuture();
    }
    return conn.preparedQuery(DraftQueries.END_DISSOCIATIONS)
        .execute(Tuple.of(threadId, newTexts.keySet().toArray(UUID[]::new), version))
        .compose(rows -> {
          Map<String, TreeSet<Integer>> byState = new TreeMap<>();
          rows.forEach(row -> byState.computeIfAbsent(row.getString("state_id"), s -> new TreeSet<>())
              .add(newTexts.get(row.getUUID("paragraph_id"))));
          List<String> streams = byState.keySet().stream().map(state -> "organization:" + state).toList();
          List<JsonObject> payloads = byState.entrySet().stream().map(ended -> new JsonObject()
              .put("threadId", threadId.toString()).put("stateId", ended.getKey())
              .put("paragraphNumbers", new JsonArray(List.copyOf(ended.getValue())))
              .put("version", version).put("label", DraftAccess.versionLabel(version))).toList();
          return Outbox.recordEach(conn, DraftEvents.DISSOCIATION_ENDED, streams, payloads);
        });
  }
}
