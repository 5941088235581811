package org.plenary.summary;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.util.List;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;
import org.plenary.platform.text.BidiBalance;
import org.plenary.summary.domain.Summary;
import org.plenary.summary.domain.SummaryVersion;
import org.plenary.summary.export.Notice;

/** A summary as the API shows it; who prepared it is shown only to those who run the dialogue. */
final class SummaryView {

  private static final Parser PARSER = Parser.builder().postProcessor(new BidiBalance()).build();
  private static final HtmlRenderer RENDERER = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();
  private static final PolicyFactory POLICY = Sanitizers.BLOCKS.and(Sanitizers.FORMATTING).and(Sanitizers.LINKS);

  private SummaryView() {
  }

  static JsonObject toJson(Summary summary, boolean staff) {
    String status = summary.status().wire();
    JsonObject json = new JsonObject()
        .put("id", summary.id().toString())
        .put("threadId", summary.threadId().toString())
        .put("status", status)
        .put("label", switch (status) {
          case "published" -> "Chair's summary";
          case "submitted" -> "Draft summary submitted to the Chair";
          default -> "Draft summary";
        })
        .put("notice", Notice.of(status))
        .put("issuedOnChairsResponsibility", "published".equals(status))
        .put("chathamHouse", summary.chathamHouse())
        .put("version", summary.version())
        .put("markdown", summary.markdown())
        .put("bodyHtml", html(summary.markdown()))
        .put("generated", summary.generated().document())
        .put("createdAt", time(summary.createdAt()))
        .put("editedAt", time(summary.editedAt()));
    summary.submittedAt().ifPresent(at -> json.put("submittedAt", time(at)));
    summary.publishedAt().ifPresent(at -> json.put("publishedAt", time(at)));
    if (staff) {
      json.put("preparedBy", summary.createdByName());
    }
    return json;
  }

  static JsonArray toJson(List<Summary> summaries, boolean staff) {
    JsonArray items = new JsonArray();
    summaries.forEach(summary -> items.add(toJson(summary, staff)));
    return items;
  }

  /** The versions of a summary; a version without a note shows {@code note: null}. */
  static JsonArray versions(List<SummaryVersion> versions) {
    JsonArray items = new JsonArray();
    versions.forEach(v -> items.add(new JsonObject().put("version", v.version()).put("markdown", v.markdown())
        .put("editedBy", v.editedBy()).put("editedAt", time(v.editedAt())).put("note", v.note().orElse(null))));
    return items;
  }

  /** A summary's Markdown as the page shows it: rendered, then sanitised. */
  static String html(String markdown) {
    return POLICY.sanitize(RENDERER.render(PARSER.parse(markdown)));
  }

  private static String time(Instant value) {
    return value.toString();
  }
}
