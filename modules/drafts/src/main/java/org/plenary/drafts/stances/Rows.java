package org.plenary.drafts.stances;

import io.vertx.sqlclient.Row;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Rows of the stance queries as the context's records; only {@link StanceStore} reads rows. */
final class Rows {

  private Rows() {
  }

  /** A row of {@code CURRENT_STANCES}. */
  static ConsensusTracker.Stance stance(Row row) {
    return new ConsensusTracker.Stance(row.getUUID("paragraph_id"), row.getString("state_id"),
        row.getString("state_name"), row.getString("regional_group"), row.getString("stance"),
        row.getString("explanation"), row.getString("recorded_via"), row.getOffsetDateTime("recorded_at").toInstant());
  }

  /** A row of {@code STANCE_HISTORY}. */
  static StanceEntry historyEntry(Row row) {
    return new StanceEntry(row.getLong("id"), row.getInteger("revision"), row.getString("state_id"),
        row.getString("state_name"), row.getString("regional_group"), row.getString("stance"),
        row.getString("explanation"), row.getString("recorded_via"), row.getOffsetDateTime("recorded_at").toInstant(),
        row.getBoolean("counts"));
  }

  /** The rows of {@code CURRENT_DISSOCIATIONS}, one per paragraph named, as one dissociation per State. */
  static List<ConsensusTracker.Dissociation> dissociations(Iterable<Row> rows) {
    Map<Long, ConsensusTracker.Dissociation> byId = new LinkedHashMap<>();
    for (Row row : rows) {
      ConsensusTracker.Dissociation dissociation = byId.computeIfAbsent(row.getLong("id"), id ->
          new ConsensusTracker.Dissociation(row.getString("state_id"), row.getString("state_name"), new ArrayList<>(),
              new ArrayList<>(), row.getString("explanation"), row.getOffsetDateTime("recorded_at").toInstant(),
              row.getInteger("version_number")));
      Integer endedIn = row.getInteger("ended_in_version");
      if (endedIn == null) {
        dissociation.paragraphIds().add(row.getUUID("paragraph_id"));
      } else {
        dissociation.ended().add(new ConsensusTracker.Ended(row.getUUID("paragraph_id"), endedIn));
      }
    }
    return List.copyOf(byId.values());
  }
}
