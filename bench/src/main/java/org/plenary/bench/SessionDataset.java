package org.plenary.bench;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.plenary.platform.text.DocumentSymbol;

/**
 * A substantive session in progress, written straight into the tables of the sessions and documents contexts
 * (V88-V98): an adopted agenda of {@value #ITEMS} items, a meeting per item, a speakers list per item with
 * {@value #INSCRIPTIONS} inscriptions of States in all, {@value #DOCUMENTS} documents issued under the session
 * with their language versions (each a small PDF in the platform's files) and a few published written inputs.
 * Besides, {@value #UPLOAD_TARGETS} documents outside the session that the upload scenario replaces the versions
 * of. The ids go into the manifest under {@code session}.
 */
final class SessionDataset {

  static final int DOCUMENTS = 200;
  static final int INSCRIPTIONS = 120;
  static final int ITEMS = 5;
  static final int UPLOAD_TARGETS = 16;
  private static final int WRITTEN_INPUTS = 10;
  private static final String[] LANGUAGES = {"ar", "zh", "en", "fr", "ru", "es"};

  private SessionDataset() {
  }

  static JsonObject write(Connection db, Random random) throws Exception {
    UUID author = (UUID) participants(db, "state", 1).get(0)[0];
    UUID session = new UUID(random.nextLong(), random.nextLong());
    Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    LocalDate opens = LocalDate.now().minusDays(1);
    try (Copy sessions = new Copy(db, "sessions", "id, kind, title, number, opens_on, closes_on, venue, time_zone, status,"
        + " audience, created_by, created_at, updated_at")) {
      sessions.row(session, "substantive", "Benchmark substantive session", 9, opens, opens.plusDays(4),
          "Conference Room 4, United Nations Headquarters", "America/New_York", "in-progress", "states-and-stakeholders",
          author, now, now);
    }
    List<UUID> items = agenda(db, random, session, author, now);
    speakers(db, random, session, items, now);
    JsonArray documents = documents(db, random, session, items, author, now);
    writtenInputs(db, random, session, items, now);
    return new JsonObject().put("id", session.toString()).put("items", new JsonArray(items.stream().map(UUID::toString).toList()))
        .put("documents", DOCUMENTS).put("inscriptions", INSCRIPTIONS).put("uploadTargets", documents);
  }

  /** The items, their adopted version 1 (the snapshot the session's page reads) and one meeting per item. */
  private static List<UUID> agenda(Connection db, Random random, UUID session, UUID author, Instant now) throws Exception {
    List<UUID> items = new ArrayList<>();
    JsonArray snapshot = new JsonArray();
    try (Copy rows = new Copy(db, "agenda_items", "id, session_id, position, number, title")) {
      for (int i = 1; i <= ITEMS; i++) {
        UUID id = new UUID(random.nextLong(), random.nextLong());
        String title = "Agenda item " + i + ": " + TextBank.text(random, "en", 80).replace('\n', ' ');
        rows.row(id, session, i, String.valueOf(i), title);
        items.add(id);
        snapshot.add(new JsonObject().put("id", id.toString()).put("number", String.valueOf(i)).put("title", title)
            .put("topics", new JsonArray()).put("threads", new JsonArray()).put("drafts", new JsonArray()));
      }
    }
    try (Copy versions = new Copy(db, "agenda_versions", "id, session_id, version, status, items, created_by, created_at");
         Copy meetings = new Copy(db, "meetings", "id, session_id, title, starts_at, ends_at, time_zone, agenda_items,"
             + " created_at, updated_at")) {
      versions.row(UUID.randomUUID(), session, 1, "adopted", snapshot.encode(), author, now);
      Instant day = now.truncatedTo(ChronoUnit.DAYS).minus(1, ChronoUnit.DAYS).plus(14, ChronoUnit.HOURS);
      for (int i = 0; i < ITEMS; i++) {
        Instant starts = day.plus(i / 2, ChronoUnit.DAYS).plus(i % 2 == 0 ? 0 : 5, ChronoUnit.HOURS);
        meetings.row(UUID.randomUUID(), session, (i + 1) + "th meeting", starts, starts.plus(3, ChronoUnit.HOURS),
            "America/New_York", "{" + items.get(i) + "}", now, now);
      }
    }
    return items;
  }

  /** A list per item (the item as a whole), the States inscribed in turn: {@value #INSCRIPTIONS} entries in all. */
  private static void speakers(Connection db, Random random, UUID session, List<UUID> items, Instant now) throws Exception {
    List<Object[]> states = participants(db, "state", INSCRIPTIONS / ITEMS);
    try (Copy lists = new Copy(db, "speakers_lists", "id, session_id, agenda_item_id");
         Copy entries = new Copy(db, "speakers_entries", "list_id, agenda_item_id, organization_id, category, kind,"
             + " inscribed_by, inscribed_at", lists)) {
      for (int i = 0; i < ITEMS; i++) {
        UUID list = new UUID(random.nextLong(), random.nextLong());
        lists.row(list, session, items.get(i));
        for (int s = 0; s < INSCRIPTIONS / ITEMS; s++) {
          Object[] state = states.get(s);
          entries.row(list, items.get(i), state[1], "state", "statement", state[0], now.minusSeconds(600 - s));
        }
      }
    }
  }

  /** Conference room papers, working papers and numbered documents, in two to six languages each. */
  private static JsonArray documents(Connection db, Random random, UUID session, List<UUID> items, UUID author,
                                     Instant now) throws Exception {
    JsonArray uploadTargets = new JsonArray();
    try (Copy files = new Copy(db, "files", "id, filename, type, size, sha256, store, stored_at");
         Copy chunks = new Copy(db, "file_chunk", "file_id, seq, bytes", files);
         Copy documents = new Copy(db, "document", "id, symbol, body, session_part, kind, number, base_symbol, title,"
             + " issued_on, distribution, session_id, issued_by, issued_at");
         Copy agendaItems = new Copy(db, "document_agenda_item", "document_id, agenda_item_id, position", documents);
         Copy versions = new Copy(db, "document_language_version", "document_id, language, original, advance_unedited,"
             + " file_id, added_by, added_at", documents, chunks)) {
      for (int n = 1; n <= DOCUMENTS + UPLOAD_TARGETS; n++) {
        boolean target = n > DOCUMENTS;
        String symbol = target ? "A/AC.292/2099/INF/" + (n - DOCUMENTS)
            : n <= 100 ? "A/AC.292/2027/CRP." + n : n <= 160 ? "A/AC.292/2027/WP." + (n - 100) : "A/AC.292/2027/" + (n - 160);
        DocumentSymbol parsed = DocumentSymbol.parse(symbol);
        UUID id = new UUID(random.nextLong(), random.nextLong());
        documents.row(id, parsed.text(), parsed.body(), parsed.session(), parsed.kind().wire(), parsed.number(),
            parsed.base().text(), TextBank.text(random, "en", 120).replace('\n', ' '),
            LocalDate.now().minusDays(random.nextInt(60)), "general", target ? null : session, author, now);
        if (target) {
          uploadTargets.add(id.toString());
        } else {
          agendaItems.row(id, items.get(random.nextInt(ITEMS)), 0);
        }
        int languages = 2 + random.nextInt(5);
        for (int l = 0; l < languages; l++) {
          byte[] pdf = UploadFile.smallPdf(symbol + " " + LANGUAGES[l]);
          UUID file = new UUID(random.nextLong(), random.nextLong());
          files.row(file, symbol.replace('/', '_') + "-" + LANGUAGES[l] + ".pdf", "pdf", pdf.length, sha256(pdf), "postgres", now);
          chunks.row(file, 0, "\\x" + HexFormat.of().formatHex(pdf));
          versions.row(id, LANGUAGES[l], LANGUAGES[l].equals("en"), false, file, author, now);
        }
      }
    }
    return uploadTargets;
  }

  private static void writtenInputs(Connection db, Random random, UUID session, List<UUID> items, Instant now)
      throws Exception {
    List<Object[]> stakeholders = participants(db, "civil-society", WRITTEN_INPUTS);
    try (Copy inputs = new Copy(db, "written_input", "session_id, agenda_item_id, organization_id, author_id, title, body,"
        + " language, status, submitted_at, published_at")) {
      for (Object[] stakeholder : stakeholders) {
        inputs.row(session, items.get(random.nextInt(ITEMS)), stakeholder[1], stakeholder[0],
            "Written input of " + stakeholder[1], TextBank.text(random, "en", 1500), "en", "published",
            now.minusSeconds(7200), now.minusSeconds(3600));
      }
    }
  }

  /** The generator's participants ({id, organization}) of organizations of one kind, by organization. */
  private static List<Object[]> participants(Connection db, String kind, int count) throws Exception {
    List<Object[]> found = new ArrayList<>();
    try (PreparedStatement query = db.prepareStatement("SELECT p.id, p.organization_id FROM participant p"
        + " JOIN organization o ON o.id = p.organization_id WHERE p.issuer = 'bench' AND o.kind = ?"
        + " ORDER BY p.organization_id LIMIT ?")) {
      query.setString(1, kind);
      query.setInt(2, count);
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          found.add(new Object[] {rows.getObject(1, UUID.class), rows.getString(2)});
        }
      }
    }
    if (found.size() < count) {
      throw new IllegalStateException("only " + found.size() + " participants of kind " + kind + ", " + count + " needed");
    }
    return found;
  }

  static String sha256(byte[] bytes) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
  }
}
