package org.plenary.drafts;

import io.vertx.core.Future;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;
import org.plenary.platform.failure.Failure;

/** Finds a paragraph of a draft as it stands in the latest version, or where a revision left it. */
public final class Paragraphs {

  /** A paragraph of the latest version: its number, text, and the revision stances belong to. */
  public record Current(UUID id, UUID threadId, int number, String heading, String text, int revision,
                        int versionNumber) {
  }

  /**
   * A paragraph as readers of what was said about it need it: as it stands in the latest version, or, once a
   * revision removed it, the version that did ({@code removedIn}).
   */
  public record Standing(Optional<Current> current, OptionalInt removedIn) {
  }

  private Paragraphs() {
  }

  /** The number of the draft's latest version (a draft with an amendment has one). */
  public static Future<Integer> latestVersion(SqlClient client, UUID threadId) {
    return client.preparedQuery(DraftQueries.LATEST_VERSION_NUMBER).execute(Tuple.of(threadId))
        .map(rows -> rows.iterator().next().getInteger("number"));
  }

  /** How the paragraph stands; 404 when it is not a paragraph of the draft. */
  public static Future<Standing> standing(SqlClient client, UUID threadId, UUID paragraphId) {
    return standings(client, threadId, paragraphId).map(found -> {
      Standing standing = found.get(paragraphId);
      if (standing == null) {
        throw Failure.notFound("Draft " + threadId + " has no paragraph " + paragraphId + ".");
      }
      return standing;
    });
  }

  /** How every paragraph the draft ever had stands, by id. */
  public static Future<Map<UUID, Standing>> standings(SqlClient client, UUID threadId) {
    return standings(client, threadId, null);
  }

  private static Future<Map<UUID, Standing>> standings(SqlClient client, UUID threadId, UUID only) {
    return client.preparedQuery(DraftQueries.PARAGRAPH_STANDINGS).execute(Tuple.of(threadId, only)).map(rows -> {
      Map<UUID, Standing> standings = new HashMap<>();
      for (Row row : rows) {
        UUID id = row.getUUID("paragraph_id");
        int lastIn = row.getInteger("last_in");
        int latest = row.getInteger("latest");
        standings.put(id, lastIn == latest
            ? new Standing(Optional.of(new Current(id, threadId, row.getInteger("number"), row.getString("heading"),
                row.getString("text"), row.getInteger("revision"), latest)), OptionalInt.empty())
            : new Standing(Optional.empty(), OptionalInt.of(lastIn + 1)));
      }
      return standings;
    });
  }

  /** The paragraph of the latest version, to contribute to; 409 when it was removed. */
  public static Future<Current> find(SqlClient client, UUID threadId, UUID paragraphId) {
    return locate(client, DraftQueries.FIND_PARAGRAPH, threadId, paragraphId).map(found -> current(found, paragraphId));
  }

  /** As {@link #find}, locking the paragraph until the transaction ends. */
  public static Future<Current> lock(SqlClient client, UUID threadId, UUID paragraphId) {
    return locate(client, DraftQueries.LOCK_PARAGRAPH, threadId, paragraphId).map(found -> current(found, paragraphId));
  }

  /** Line breaks and runs of spaces are layout, not wording: they do not make a text different. */
  public static boolean sameWording(String a, String b) {
    return a.strip().replaceAll("\\s+", " ").equals(b.strip().replaceAll("\\s+", " "));
  }

  private static Current current(Optional<Current> found, UUID paragraphId) {
    return found.orElseThrow(() -> Failure.conflict("Paragraph " + paragraphId + " was removed from the latest"
        + " version of the draft; it takes nothing new."));
  }

  private static Future<Optional<Current>> locate(SqlClient client, String sql, UUID threadId, UUID paragraphId) {
    return client.preparedQuery(sql).execute(Tuple.of(paragraphId, threadId)).map(rows -> {
      if (rows.size() == 0) {
        throw Failure.notFound("Draft " + threadId + " has no paragraph " + paragraphId + ".");
      }
      Row row = rows.iterator().next();
      return row.getInteger("number") == null ? Optional.empty()
          : Optional.of(new Current(paragraphId, threadId, row.getInteger("number"), row.getString("heading"),
              row.getString("text"), row.getInteger("revision"), row.getInteger("version_number")));
    });
  }
}
