package org.plenary.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.plenary.summary.domain.GeneratedSummary;
import org.plenary.summary.domain.Summary;
import org.plenary.summary.domain.SummaryStatus;
import org.plenary.summary.domain.SummaryVersion;

/** The JSON the API shows of the summary records: the wire form the records replaced inside the context. */
class SummaryViewTest {

  private static final Instant CREATED = Instant.parse("2026-03-01T09:00:00Z");
  private static final Instant EDITED = Instant.parse("2026-03-02T10:30:00.123456Z");

  private static Summary summary(SummaryStatus status, Optional<Instant> submitted, Optional<Instant> published) {
    return new Summary(UUID.fromString("00000000-0000-0000-0000-000000000001"),
        UUID.fromString("00000000-0000-0000-0000-000000000002"), status, true,
        new GeneratedSummary(new JsonObject().put("threadTitle", "Oceans")), 3, "Text", CREATED, EDITED, submitted,
        published, "A moderator", Optional.empty());
  }

  @Test
  void aDraftShowsWhoPreparedItOnlyToThoseWhoRunTheDialogue() {
    Summary draft = summary(SummaryStatus.DRAFT, Optional.empty(), Optional.empty());
    JsonObject staff = SummaryView.toJson(draft, true);
    assertEquals("draft", staff.getString("status"));
    assertEquals("Draft summary", staff.getString("label"));
    assertFalse(staff.getBoolean("issuedOnChairsResponsibility"));
    assertEquals(3, staff.getInteger("version"));
    assertEquals("2026-03-01T09:00:00Z", staff.getString("createdAt"));
    assertEquals("2026-03-02T10:30:00.123456Z", staff.getString("editedAt"));
    assertEquals("Oceans", staff.getJsonObject("generated").getString("threadTitle"));
    assertEquals("A moderator", staff.getString("preparedBy"));
    assertFalse(staff.containsKey("submittedAt"));
    assertFalse(staff.containsKey("publishedAt"));
    assertFalse(SummaryView.toJson(draft, false).containsKey("preparedBy"));
  }

  @Test
  void aPublishedSummaryIsTheChairs() {
    JsonObject json = SummaryView.toJson(summary(SummaryStatus.PUBLISHED, Optional.of(CREATED), Optional.of(EDITED)),
        false);
    assertEquals("Chair's summary", json.getString("label"));
    assertTrue(json.getBoolean("issuedOnChairsResponsibility"));
    assertEquals("2026-03-01T09:00:00Z", json.getString("submittedAt"));
    assertEquals("2026-03-02T10:30:00.123456Z", json.getString("publishedAt"));
  }

  @Test
  void aVersionWithoutANoteShowsANullNote() {
    JsonObject version = SummaryView.versions(List.of(new SummaryVersion(1, "Text", "A moderator", CREATED,
        Optional.empty()))).getJsonObject(0);
    assertTrue(version.containsKey("note"));
    assertEquals(null, version.getValue("note"));
    assertEquals("2026-03-01T09:00:00Z", version.getString("editedAt"));
  }
}
