package org.plenary.drafts.versions;

import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.plenary.drafts.DraftQueries;

/** Versions of drafts and the paragraphs in each, in PostgreSQL. */
public final class VersionStore {

  /** A published version: 0 is the zero draft, 1 is Rev.1, ... */
  public record Version(long id, int number, String note, Instant publishedAt) {
  }

  public record ParagraphText(UUID id, int number, String heading, String text, int revision, String change) {
  }

  private final Pool pool;

  public VersionStore(Pool pool) {
    this.pool = pool;
  }

  public Future<List<Version>> versions(UUID threadId) {
    return pool.preparedQuery(DraftQueries.VERSIONS).execute(Tuple.of(threadId)).map(rows -> {
      List<Version> versions = new ArrayList<>();
      rows.forEach(row -> versions.add(new Version(row.getLong("id"), row.getInteger("number"), row.getString("note"),
          row.getOffsetDateTime("published_at").toInstant())));
      return versions;
    });
  }

  /** The latest version, if any: its row id and number. */
  public record Latest(long id, int number) {
  }

  public Future<List<ParagraphText>> paragraphs(long versionId) {
    return paragraphs(pool, versionId);
  }

  /** The paragraphs of a version, read through {@code client} (a transaction's connection). */
  public Future<List<ParagraphText>> paragraphs(SqlClient client, long versionId) {
    return client.preparedQuery(DraftQueries.PARAGRAPHS_OF_VERSION).execute(Tuple.of(versionId)).map(rows -> {
      List<ParagraphText> paragraphs = new ArrayList<>();
      rows.forEach(row -> paragraphs.add(new ParagraphText(row.getUUID("paragraph_id"), row.getInteger("number"),
          row.getString("heading"), row.getString("text"), row.getInteger("revision"), row.getString("change"))));
      return paragraphs;
    });
  }

  /** The paragraph in every version it appeared in, oldest first; none when it is not a paragraph of the draft. */
  public Future<List<ParagraphVersion>> history(UUID threadId, UUID paragraphId) {
    return pool.preparedQuery(DraftQueries.PARAGRAPH_HISTORY).execute(Tuple.of(paragraphId, threadId)).map(rows -> {
      List<ParagraphVersion> history = new ArrayList<>();
      rows.forEach(row -> history.add(new ParagraphVersion(row.getInteger("version_number"), row.getInteger("number"),
          row.getString("heading"), row.getString("text"), row.getInteger("revision"), row.getString("change"))));
      return history;
    });
  }

  /** How many amendments are still proposed on each of these paragraphs; those with none are left out. */
  public Future<Map<UUID, Long>> proposedAmendments(UUID threadId, List<UUID> paragraphIds) {
    if (paragraphIds.isEmpty()) {
      return Future.succeededFuture(Map.of());
    }
    return pool.preparedQuery(DraftQueries.PROPOSED_AMENDMENT_COUNTS)
        .execute(Tuple.tuple().addUUID(threadId).addArrayOfUUID(paragraphIds.toArray(UUID[]::new))).map(rows -> {
          Map<UUID, Long> counts = new HashMap<>();
          rows.forEach(row -> counts.put(row.getUUID("paragraph_id"), row.getLong("proposed")));
          return counts;
        });
  }

  /**
   * The latest version, locked against a new one until the transaction ends (a dissociation is recorded on the
   * text a new version would end it for); several such locks do not wait for each other.
   */
  public Future<Optional<Latest>> shareLatest(SqlClient conn, UUID threadId) {
    return conn.preparedQuery(DraftQueries.SHARE_LATEST_VERSION).execute(Tuple.of(threadId))
        .map(rows -> rows.size() == 0 ? Optional.empty() : Optional.of(new Latest(rows.iterator().next().getLong("id"),
            rows.iterator().next().getInteger("number"))));
  }

  /** The latest version's number, locked so that versions are published one at a time. */
  Future<Optional<Integer>> lockLatest(SqlClient conn, UUID threadId) {
    return conn.preparedQuery(DraftQueries.LOCK_LATEST_VERSION).execute(Tuple.of(threadId))
        .map(rows -> rows.size() == 0 ? Optional.empty() : Optional.of(rows.iterator().next().getInteger("number")));
  }

  Future<Map<UUID, RevisionPlan.Known>> lastTexts(SqlClient conn, UUID threadId) {
    return conn.preparedQuery(DraftQueries.LAST_TEXTS).execute(Tuple.of(threadId)).map(rows -> {
      Map<UUID, RevisionPlan.Known> known = new HashMap<>();
      rows.forEach(row -> known.put(row.getUUID("paragraph_id"),
          new RevisionPlan.Known(row.getString("text"), row.getString("heading"), row.getInteger("revision"),
              row.getBoolean("in_latest"))));
      return known;
    });
  }

  Future<Long> insert(SqlClient conn, UUID threadId, int number, String note, UUID publishedBy,
                      List<RevisionPlan.Planned> paragraphs) {
    List<Tuple> newParagraphs = paragraphs.stream().filter(RevisionPlan.Planned::isNew)
        .map(p -> Tuple.of(p.id(), threadId)).toList();
    Future<Void> created = newParagraphs.isEmpty() ? Future.succeededFuture()
        : conn.preparedQuery(DraftQueries.INSERT_PARAGRAPH).executeBatch(newParagraphs).mapEmpty();
    return created
        .compose(v -> conn.preparedQuery(DraftQueries.INSERT_VERSION).execute(Tuple.of(threadId, number, note, publishedBy)))
        .map(rows -> rows.iterator().next().getLong("id"))
        .compose(versionId -> conn.preparedQuery(DraftQueries.INSERT_PARAGRAPH_TEXT).executeBatch(paragraphs.stream()
                .map(p -> Tuple.of(versionId, p.id(), p.number(), p.heading(), p.text(), p.revision(), p.change()))
                .toList())
            .map(versionId));
  }
}
