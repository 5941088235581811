package org.plenary.drafts.contributions;

import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Row;
import java.util.Optional;
import org.plenary.drafts.Attribution;
import org.plenary.drafts.DraftAccess;
import org.plenary.drafts.Paragraphs;
import org.plenary.forum.api.ThreadInfo;
import org.plenary.platform.identity.Participant;

/**
 * Comments and amendments as a reader sees them: attributed to their constituency always, and to their
 * author and organization as {@link Attribution} allows under the Chatham House Rule.
 */
final class ContributionView {

  ContributionView() {
  }

  JsonObject comment(Row row, ThreadInfo thread, Optional<Participant> reader, Optional<Paragraphs.Current> current) {
    return common(row, thread, reader, current).put("body", row.getString("body"));
  }

  /** With the diff of the proposed text against the paragraph's current text, while it is in the draft. */
  JsonObject amendment(Row row, ThreadInfo thread, Optional<Participant> reader, Optional<Paragraphs.Current> current) {
    JsonObject json = common(row, thread, reader, current)
        .put("text", row.getString("proposed_text"))
        .put("status", row.getString("status"));
    Optional.ofNullable(row.getString("explanation")).ifPresent(e -> json.put("explanation", e));
    Optional.ofNullable(row.getOffsetDateTime("withdrawn_at")).ifPresent(t -> json.put("withdrawnAt", t.toInstant().toString()));
    current.ifPresent(paragraph -> json.put("diff", WordDiff.diff(paragraph.text(), row.getString("proposed_text"))));
    return json;
  }

  private JsonObject common(Row row, ThreadInfo thread, Optional<Participant> reader, Optional<Paragraphs.Current> current) {
    int version = row.getInteger("version_number");
    JsonObject json = new JsonObject()
        .put("id", row.getLong("id"))
        .put("paragraphId", row.getUUID("paragraph_id").toString())
        .put("madeOn", new JsonObject().put("version", version).put("label", DraftAccess.versionLabel(version)))
        .put("onCurrentText", current.map(p -> p.revision() == row.getInteger("revision")).orElse(false))
        .put("constituency", row.getString("organization_kind"))
        .put("createdAt", row.getOffsetDateTime("created_at").toInstant().toString());
    if (Attribution.of(thread, reader).sees(row.getString("organization_id"))) {
      json.put("author", new JsonObject().put("id", row.getUUID("author_id").toString()).put("name", row.getString("author_name")))
          .put("organization", new JsonObject().put("id", row.getString("organization_id"))
              .put("name", row.getString("organization_name")));
    }
    return json;
  }
}
