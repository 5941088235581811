package org.plenary.drafts;

import io.vertx.core.Future;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.util.Optional;
import java.util.UUID;
import org.plenary.platform.http.ApiProblem;

/** Finds a paragraph of a draft as it stands in the latest version. */
public final class Paragraphs {

  /** A paragraph of the latest version: its number, text, and the revision stances belong to. */
  public record Current(UUID id, UUID threadId, int number, String heading, String text, int revision,
                        int versionNumber) {
  }

  private Paragraphs() {
  }

  /** The paragraph as it stands in the latest version, or empty when it was removed; 404 when not in the draft. */
  public static Future<Optional<Current>> inLatestVersion(SqlClient client, UUID threadId, UUID paragraphId) {
    return locate(client, DraftQueries.FIND_PARAGRAPH, threadId, paragraphId);
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
    return found.orElseThrow(() -> ApiProblem.conflict("Paragraph " + paragraphId + " was removed from the latest"
        + " version of the draft; it takes nothing new."));
  }

  private static Future<Optional<Current>> locate(SqlClient client, String sql, UUID threadId, UUID paragraphId) {
    return client.preparedQuery(sql).execute(Tuple.of(paragraphId, threadId)).map(rows -> {
      if (rows.size() == 0) {
        throw ApiProblem.notFound("Draft " + threadId + " has no paragraph " + paragraphId + ".");
      }
      Row row = rows.iterator().next();
      return row.getInteger("number") == null ? Optional.empty()
          : Optional.of(new Current(paragraphId, threadId, row.getInteger("number"), row.getString("heading"),
              row.getString("text"), row.getInteger("revision"), row.getInteger("version_number")));
    });
  }
}
