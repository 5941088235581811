package org.plenary.drafts.contributions;

import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Row;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.plenary.drafts.Attribution;
import org.plenary.drafts.DraftAccess;
import org.plenary.drafts.Paragraphs;
import org.plenary.forum.api.ThreadInfo;
import org.plenary.platform.identity.Participant;

/**
 * Comments and amendments as a reader sees them: attributed to their constituency always, and to their
 * author and organization as {@link Attribution} allows under the Chatham House Rule; with the version that
 * removed their paragraph, once one did, and what became of an amendment (incorporated, not retained).
 */
final class ContributionView {

  ContributionView() {
  }

  JsonObject comment(Row row, ThreadInfo thread, Optional<Participant> reader, Paragraphs.Standing paragraph) {
    return common(row, thread, reader, paragraph).put("body", row.getString("body"));
  }

  /** With the diff of the proposed text against the paragraph's current text, while it is in the draft. */
  JsonObject amendment(Row row, ThreadInfo thread, Optional<Participant> reader, Paragraphs.Standing paragraph) {
    String status = row.getString("status");
    JsonObject json = common(row, thread, reader, paragraph)
        .put("text", row.getString("proposed_text"))
        .put("status", status);
    Optional.ofNullable(row.getString("explanation")).ifPresent(e -> json.put("explanation", e));
    Optional.ofNullable(row.getOffsetDateTime("withdrawn_at")).ifPresent(t -> json.put("withdrawnAt", instant(t)));
    Integer decidedIn = row.getInteger("decided_in_version");
    if (decidedIn != null) {
      json.put("incorporated".equals(status) ? "incorporatedIn" : "notRetainedIn", version(decidedIn))
          .put("decidedAt", instant(row.getOffsetDateTime("decided_at")));
      Optional.ofNullable(row.getString("incorporation")).ifPresent(how -> json.put("incorporation", how));
    }
    paragraph.current().ifPresent(p -> json.put("diff", WordDiff.diff(p.text(), row.getString("proposed_text"))));
    return json;
  }

  private JsonObject common(Row row, ThreadInfo thread, Optional<Participant> reader, Paragraphs.Standing paragraph) {
    JsonObject json = new JsonObject()
        .put("id", row.getLong("id"))
        .put("paragraphId", row.getUUID("paragraph_id").toString())
        .put("madeOn", version(row.getInteger("version_number")))
        .put("onCurrentText", paragraph.current().map(p -> p.revision() == row.getInteger("revision")).orElse(false))
        .put("constituency", row.getString("organization_kind"))
        .put("createdAt", instant(row.getOffsetDateTime("created_at")));
    paragraph.removedIn().ifPresent(version -> json.put("paragraphRemovedIn", version(version)));
    if (Attribution.of(thread, reader).sees(row.getString("organization_id"))) {
      json.put("author", new JsonObject().put("id", row.getUUID("author_id").toString()).put("name", row.getString("author_name")))
          .put("organization", new JsonObject().put("id", row.getString("organization_id"))
              .put("name", row.getString("organization_name")));
    }
    return json;
  }

  private static JsonObject version(int number) {
    return new JsonObject().put("version", number).put("label", DraftAccess.versionLabel(number));
  }

  private static String instant(OffsetDateTime at) {
    return at.toInstant().toString();
  }
}
