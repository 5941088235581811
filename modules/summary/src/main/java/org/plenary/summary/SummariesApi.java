package org.plenary.summary;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import org.plenary.platform.http.ApiModule;
import org.plenary.platform.http.ApiRoutes;
import org.plenary.platform.http.Created;
import org.plenary.platform.http.Made;
import org.plenary.platform.http.Cursor;
import org.plenary.platform.http.ReaderLanguage;
import org.plenary.platform.http.RequestInput;
import org.plenary.platform.http.Responses;
import org.plenary.platform.i18n.Language;
import org.plenary.platform.identity.Caller;
import org.plenary.platform.identity.Participant;
import org.plenary.platform.wire.WireEnum;
import org.plenary.summary.api.SummaryEvents;
import org.plenary.summary.domain.Summary;
import org.plenary.summary.domain.SummaryEdit;
import org.plenary.summary.domain.SummaryStatus;
import org.plenary.summary.export.DocumentHeading;
import org.plenary.summary.export.DocxExport;
import org.plenary.summary.export.DownloadName;
import org.plenary.summary.export.HtmlExport;

/** {@code /threads/{id}/summaries} and {@code /summaries}. */
public final class SummariesApi implements ApiModule {

  private final Vertx vertx;
  private final SummaryService service;
  private final String publicUrl;

  public SummariesApi(Vertx vertx, SummaryService service, String publicUrl) {
    this.vertx = vertx;
    this.service = service;
    this.publicUrl = publicUrl;
  }

  @Override
  public String openApiFragment() {
    return "openapi/summaries.yaml";
  }

  @Override
  public void mount(ApiRoutes routes) {
    routes.onCreate("generateSummary", this::generate, this::generated)
        .on("listThreadSummaries", this::listForThread)
        .on("listSummaries", this::listByStatus)
        .on("getSummary", this::get)
        .on("editSummary", this::edit)
        .on("listSummaryVersions", this::versions)
        .on("previewSummary", this::preview)
        .on("submitSummary", rc -> step(rc, service::submit))
        .on("returnSummary", rc -> step(rc, service::returnToModerators))
        .on("publishSummary", rc -> step(rc, service::publish))
        .on("exportSummary", this::export);
  }

  private void generate(RoutingContext rc) {
    Participant author = Caller.require(rc);
    UUID threadId = RequestInput.of(rc).uuid("threadId");
    service.generate(author, threadId).compose(id -> service.readable(id, Optional.of(author)))
        .onSuccess(summary -> Responses.created(rc, "/api/v1/summaries/" + summary.id(),
            SummaryView.toJson(summary, true)))
        .onFailure(rc::fail);
  }

  /** A draft summary whose first answer was lost, as its author sees it. */
  private Future<Created> generated(RoutingContext rc, Made made) {
    UUID id = UUID.fromString(made.payload(SummaryEvents.GENERATED).getString("summaryId"));
    return service.readable(id, Optional.of(Caller.require(rc)))
        .map(summary -> new Created("/api/v1/summaries/" + id, SummaryView.toJson(summary, true)));
  }

  private void listForThread(RoutingContext rc) {
    Optional<Participant> reader = Caller.of(rc);
    UUID threadId = RequestInput.of(rc).uuid("threadId");
    service.ofThread(threadId, reader)
        .onSuccess(summaries -> Responses.ok(rc, new JsonObject().put("items", SummaryView.toJson(summaries,
            SummaryRules.seesUnpublished(reader)))))
        .onFailure(rc::fail);
  }

  /**
   * Summaries of one status across threads: for those who run the dialogue, the Chair's inbox (the default),
   * drafts or published ones; for everyone else the published Chair's summaries of the threads they may read.
   */
  private void listByStatus(RoutingContext rc) {
    Optional<Participant> reader = Caller.of(rc);
    boolean staff = SummaryRules.seesUnpublished(reader);
    RequestInput in = RequestInput.of(rc);
    int limit = in.limit(25);
    // The contract allows only the statuses' names.
    SummaryStatus status = in.query("status").map(wire -> WireEnum.parse(SummaryStatus.class, wire))
        .orElse(SummaryListing.defaultStatus(staff));
    SummaryListing.Key after = in.query("cursor").map(SummariesApi::cursorKey).orElse(null);
    service.page(reader, status, after, limit)
        .onSuccess(page -> Responses.ok(rc, Responses.page(SummaryView.toJson(page.summaries(), staff), page.next()
            .map(SummariesApi::cursor).orElse(null))))
        .onFailure(rc::fail);
  }

  /**
   * The key's time is written as an OffsetDateTime in UTC, as the database driver reads it, so that cursors read as
   * they did when the key was a column's value (an Instant would write a whole minute with its ":00" seconds).
   */
  private static String cursor(SummaryListing.Key key) {
    return Cursor.encode(OffsetDateTime.ofInstant(key.createdAt(), ZoneOffset.UTC).toString(), key.id().toString());
  }

  private static SummaryListing.Key cursorKey(String cursor) {
    Cursor.Keys keys = Cursor.decode(cursor, Cursor.Key.TIME, Cursor.Key.UUID);
    return new SummaryListing.Key(keys.instant(0), keys.uuid(1));
  }

  private void get(RoutingContext rc) {
    Optional<Participant> reader = Caller.of(rc);
    service.readable(RequestInput.of(rc).uuid("summaryId"), reader)
        .onSuccess(summary -> Responses.ok(rc, SummaryView.toJson(summary, SummaryRules.seesUnpublished(reader))))
        .onFailure(rc::fail);
  }

  private void edit(RoutingContext rc) {
    Participant editor = Caller.require(rc);
    SummaryRules.requireSummariser(editor);
    RequestInput in = RequestInput.of(rc);
    UUID id = in.uuid("summaryId");
    JsonObject body = in.body();
    service.readable(id, Optional.of(editor))
        .compose(found -> service.edit(editor, id, new SummaryEdit(body.getString("markdown"),
            body.getInteger("baseVersion"), Optional.ofNullable(body.getString("note")))))
        .compose(done -> service.readable(id, Optional.of(editor)))
        .onSuccess(summary -> Responses.ok(rc, SummaryView.toJson(summary, true))).onFailure(rc::fail);
  }

  private void versions(RoutingContext rc) {
    Participant caller = Caller.require(rc);
    SummaryRules.requireSummariser(caller);
    UUID id = RequestInput.of(rc).uuid("summaryId");
    service.versions(caller, id)
        .onSuccess(versions -> Responses.ok(rc, new JsonObject().put("items", SummaryView.versions(versions))))
        .onFailure(rc::fail);
  }

  private void preview(RoutingContext rc) {
    Participant editor = Caller.require(rc);
    SummaryRules.requireSummariser(editor);
    RequestInput in = RequestInput.of(rc);
    String markdown = in.body().getString("markdown");
    service.readable(in.uuid("summaryId"), Optional.of(editor)).compose(summary -> service.citationsWritten(markdown))
        .onSuccess(written -> Responses.ok(rc, new JsonObject().put("html", SummaryView.html(written))))
        .onFailure(rc::fail);
  }

  private interface Transition {
    Future<Void> apply(Participant who, UUID id);
  }

  private void step(RoutingContext rc, Transition transition) {
    Participant who = Caller.require(rc);
    SummaryRules.requireSummariser(who);
    UUID id = RequestInput.of(rc).uuid("summaryId");
    service.readable(id, Optional.of(who)).compose(found -> transition.apply(who, id))
        .compose(done -> service.readable(id, Optional.of(who)))
        .onSuccess(summary -> Responses.ok(rc, SummaryView.toJson(summary, true))).onFailure(rc::fail);
  }

  private void export(RoutingContext rc) {
    Optional<Participant> reader = Caller.of(rc);
    String format = RequestInput.of(rc).query("format").orElse("markdown");
    Language language = ReaderLanguage.of(rc);
    service.readable(RequestInput.of(rc).uuid("summaryId"), reader).compose(summary -> {
      String status = summary.status().wire();
      String markdown = summary.markdown();
      // named by its thread and the date it was published, or last edited while a draft
      LocalDate date = summary.publishedAt().orElse(summary.editedAt()).atZone(ZoneOffset.UTC).toLocalDate();
      DocumentHeading heading = DocumentHeading.of(title(summary), status, date);
      return switch (format) {
        case "html" -> Future.succeededFuture(new Download("text/html; charset=utf-8",
            DownloadName.disposition(title(summary), date, "html"),
            Buffer.buffer(HtmlExport.render(title(summary), status, markdown, publicUrl, language))));
        case "docx" -> vertx.executeBlocking(() -> new Download(
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            DownloadName.disposition(title(summary), date, "docx"),
            Buffer.buffer(DocxExport.render(heading, markdown, summary.generated().citations(), publicUrl, language))));
        default -> Future.succeededFuture(new Download("text/markdown; charset=utf-8",
            DownloadName.disposition(title(summary), date, "md"),
            Buffer.buffer(HtmlExport.markdown(status, markdown, publicUrl, language))));
      };
    }).onSuccess(download -> rc.response().putHeader("Content-Type", download.contentType())
        .putHeader("Content-Disposition", download.disposition())
        .end(download.body())).onFailure(rc::fail);
  }

  private record Download(String contentType, String disposition, Buffer body) {
  }

  private static String title(Summary summary) {
    return summary.generated().threadTitle("Summary");
  }
}
