package org.plenary.summary;

import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Row;
import java.time.OffsetDateTime;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;
import org.plenary.platform.text.BidiBalance;
import org.plenary.summary.export.Notice;

/** A summary as the API shows it; who prepared it is shown only to those who run the dialogue. */
final class SummaryView {

  private static final Parser PARSER = Parser.builder().postProcessor(new BidiBalance()).build();
  private static final HtmlRenderer RENDERER = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();
  private static final PolicyFactory POLICY = Sanitizers.BLOCKS.and(Sanitizers.FORMATTING).and(Sanitizers.LINKS);

  private SummaryView() {
  }

  static JsonObject toJson(Row row, boolean staff) {
    String status = row.getString("status");
    JsonObject json = new JsonObject()
        .put("id", row.getUUID("id").toString())
        .put("threadId", row.getUUID("thread_id").toString())
        .put("status", status)
        .put("label", switch (status) {
          case "published" -> "Chair's summary";
          case "submitted" -> "Draft summary submitted to the Chair";
          default -> "Draft summary";
        })
        .put("notice", Notice.of(status))
        .put("issuedOnChairsResponsibility", "published".equals(status))
        .put("chathamHouse", row.getBoolean("chatham_house"))
        .put("version", row.getInteger("version"))
        .put("markdown", row.getString("markdown"))
        .put("bodyHtml", html(row.getString("markdown")))
        .put("generated", row.getJsonObject("generated"))
        .put("createdAt", time(row.getOffsetDateTime("created_at")))
        .put("editedAt", time(row.getOffsetDateTime("edited_at")));
    if (row.getOffsetDateTime("submitted_at") != null) {
      json.put("submittedAt", time(row.getOffsetDateTime("submitted_at")));
    }
    if (row.getOffsetDateTime("published_at") != null) {
      json.put("publishedAt", time(row.getOffsetDateTime("published_at")));
    }
    if (staff) {
      json.put("preparedBy", row.getString("created_by_name"));
    }
    return json;
  }

  /** A summary's Markdown as the page shows it: rendered, then sanitised. */
  static String html(String markdown) {
    return POLICY.sanitize(RENDERER.render(PARSER.parse(markdown)));
  }

  private static String time(OffsetDateTime value) {
    return value == null ? null : value.toInstant().toString();
  }
}
