package org.plenary.drafts.versions;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.plenary.drafts.AmendmentAuthors;
import org.plenary.drafts.DraftAccess;
import org.plenary.drafts.DraftQueries;
import org.plenary.drafts.Paragraphs;
import org.plenary.drafts.api.DraftEvents;
import org.plenary.platform.events.EventType;
import org.plenary.platform.events.Outbox;
import org.plenary.platform.failure.Failure;

/**
 * What a new version decides on the draft's amendments, in the transaction that publishes it. An amendment is
 * {@code incorporated} when the publisher names it under the paragraph it amends (which the version must
 * revise), or when that paragraph's new text is the amendment's text word for word; it is {@code not-retained}
 * when the publisher names it so. Every other amendment stays as it was. A named amendment must be one of this
 * draft, named under its own paragraph, and still open to the decision, or the whole version is refused. What
 * this says in a refusal names amendments and paragraphs by number, never who proposed them.
 */
final class AmendmentDecisions {

  /**
   * {@code incorporation}: {@code named} or {@code same-wording}, for an incorporated amendment. {@code authorId}
   * is only for telling the author ({@link AmendmentAuthors}); the answer never shows it.
   */
  record Decided(long amendmentId, UUID paragraphId, UUID authorId, String status, String incorporation) {
  }

  private AmendmentDecisions() {
  }

  static Future<List<Decided>> apply(SqlConnection conn, UUID threadId, int version, UUID publisher,
                                     List<RevisionPlan.Planned> planned, List<Long> notRetained) {
    Map<Long, RevisionPlan.Planned> incorporatedUnder = new LinkedHashMap<>();
    Set<Long> named = new HashSet<>();
    for (RevisionPlan.Planned paragraph : planned) {
      paragraph.incorporates().forEach(id -> {
        requireOnce(named, id);
        incorporatedUnder.put(id, paragraph);
      });
    }
    notRetained.forEach(id -> requireOnce(named, id));
    Map<UUID, RevisionPlan.Planned> newTexts = new LinkedHashMap<>();
    planned.stream().filter(RevisionPlan.Planned::newText).forEach(p -> newTexts.put(p.id(), p));
    if (named.isEmpty() && newTexts.isEmpty()) {
      return Future.succeededFuture(List.of());
    }
    return conn.preparedQuery(DraftQueries.LOCK_AMENDMENTS_FOR_VERSION)
        .execute(Tuple.tuple().addUUID(threadId).addArrayOfLong(named.toArray(Long[]::new))
            .addArrayOfUUID(newTexts.keySet().toArray(UUID[]::new)))
        .map(rows -> {
          Map<Long, Row> found = new LinkedHashMap<>();
          rows.forEach(row -> found.put(row.getLong("id"), row));
          named.stream().sorted().filter(id -> !found.containsKey(id)).findFirst().ifPresent(id -> {
            throw Failure.invalid("The draft has no amendment " + id + "; name amendments of this draft only.");
          });
          List<Decided> decided = new ArrayList<>();
          incorporatedUnder.forEach((id, paragraph) -> decided.add(incorporate(found.get(id), paragraph)));
          notRetained.forEach(id -> decided.add(notRetain(found.get(id), newTexts)));
          found.values().stream()
              .filter(row -> !named.contains(row.getLong("id")) && adoptsWordForWord(row, newTexts))
              .forEach(row -> decided.add(new Decided(row.getLong("id"), row.getUUID("paragraph_id"),
                  row.getUUID("author_id"), "incorporated", "same-wording")));
          return decided;
        })
        .compose(decided -> record(conn, threadId, version, publisher, decided).map(decided));
  }

  private static Decided incorporate(Row amendment, RevisionPlan.Planned paragraph) {
    long id = amendment.getLong("id");
    if (!paragraph.id().equals(amendment.getUUID("paragraph_id"))) {
      throw Failure.invalid("Amendment " + id + " amends another paragraph, not paragraph " + paragraph.number()
          + " of this version; name it under the paragraph it amends.");
    }
    requireOpen(amendment, "proposed", "not-retained");
    return new Decided(id, paragraph.id(), amendment.getUUID("author_id"), "incorporated", "named");
  }

  private static Decided notRetain(Row amendment, Map<UUID, RevisionPlan.Planned> newTexts) {
    requireOpen(amendment, "proposed");
    if (adoptsWordForWord(amendment, newTexts)) {
      throw Failure.invalid("Amendment " + amendment.getLong("id") + " proposes the text this version gives"
          + " paragraph " + newTexts.get(amendment.getUUID("paragraph_id")).number() + " word for word: the version"
          + " incorporates it, so it cannot be marked not retained.");
    }
    return new Decided(amendment.getLong("id"), amendment.getUUID("paragraph_id"), amendment.getUUID("author_id"),
        "not-retained", null);
  }

  private static boolean adoptsWordForWord(Row amendment, Map<UUID, RevisionPlan.Planned> newTexts) {
    RevisionPlan.Planned paragraph = newTexts.get(amendment.getUUID("paragraph_id"));
    String status = amendment.getString("status");
    return paragraph != null && ("proposed".equals(status) || "not-retained".equals(status))
        && Paragraphs.sameWording(paragraph.text(), amendment.getString("proposed_text"));
  }

  private static void requireOpen(Row amendment, String... open) {
    String status = amendment.getString("status");
    if (List.of(open).contains(status)) {
      return;
    }
    String label = amendment.getInteger("decided_in_version") == null ? ""
        : DraftAccess.versionLabel(amendment.getInteger("decided_in_version"));
    throw Failure.conflict("Amendment " + amendment.getLong("id") + switch (status) {
      case "withdrawn" -> " was withdrawn; a version takes no decision on it.";
      case "incorporated" -> " was incorporated in " + label + " already.";
      default -> " was not retained in " + label + " already.";
    });
  }

  private static void requireOnce(Set<Long> named, long id) {
    if (!named.add(id)) {
      throw Failure.invalid("Amendment " + id + " is named twice; a version decides once on each amendment.");
    }
  }

  private static Future<Void> record(SqlConnection conn, UUID threadId, int version, UUID publisher,
                                     List<Decided> decided) {
    if (decided.isEmpty()) {
      return Future.succeededFuture();
    }
    List<Tuple> updates = decided.stream()
        .map(d -> Tuple.of(d.amendmentId(), d.status(), version, publisher, d.incorporation())).toList();
    return conn.preparedQuery(DraftQueries.DECIDE_AMENDMENT).executeBatch(updates)
        .compose(v -> event(conn, threadId, version, decided, "incorporated", DraftEvents.AMENDMENT_INCORPORATED))
        .compose(v -> event(conn, threadId, version, decided, "not-retained", DraftEvents.AMENDMENT_NOT_RETAINED))
        .compose(v -> AmendmentAuthors.tell(conn, threadId, version, decided.stream().map(d -> new AmendmentAuthors.Decision(
            d.authorId(), d.amendmentId(), d.paragraphId(), d.status(), d.incorporation())).toList()));
  }

  private static Future<Void> event(SqlConnection conn, UUID threadId, int version, List<Decided> decided,
                                    String status, EventType type) {
    List<Decided> these = decided.stream().filter(d -> d.status().equals(status)).toList();
    return Outbox.recordEach(conn, type, these.stream().map(d -> "thread:" + threadId).toList(),
        these.stream().map(d -> new JsonObject().put("threadId", threadId.toString())
            .put("paragraphId", d.paragraphId().toString()).put("amendmentId", d.amendmentId())
            .put("version", version)).toList());
  }
}
