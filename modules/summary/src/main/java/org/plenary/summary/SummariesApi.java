package org.plenary.summary;

import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import io.vertx.sqlclient.Row;
import java.util.Optional;
import java.util.UUID;
import org.plenary.forum.api.ForumAccess;
import org.plenary.platform.http.ApiModule;
import org.plenary.platform.failure.Failure;
import org.plenary.platform.http.ApiRoutes;
import org.plenary.platform.http.Created;
import org.plenary.platform.http.Made;
import org.plenary.platform.http.Cursor;
import org.plenary.platform.http.RequestInput;
import org.plenary.platform.http.Responses;
import org.plenary.platform.identity.Caller;
import org.plenary.platform.identity.Participant;
import org.plenary.summary.api.SummaryEvents;
import org.plenary.summary.export.DocxExport;
import org.plenary.summary.export.HtmlExport;
import org.plenary.summary.export.Notice;
import org.plenary.summary.store.SummaryStore;

/** {@code /threads/{id}/summaries} and {@code /summaries}. */
public final class SummariesApi implements ApiModule {

  private static final String[] ALL = {"draft", "submitted", "published"};
  private static final String[] PUBLISHED = {"published"};

  private final io.vertx.core.Vertx vertx;
  private final SummaryStore store;
  private final SummaryService service;
  private final ForumAccess forum;
  private final String publicUrl;
  private final SummaryListing listing;

  public SummariesApi(io.vertx.core.Vertx vertx, SummaryStore store, SummaryService service, ForumAccess forum,
                      String publicUrl) {
    this.vertx = vertx;
    this.store = store;
    this.service = service;
    this.forum = forum;
    this.publicUrl = publicUrl;
    this.listing = new SummaryListing(store, forum);
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
    service.generate(author, threadId).compose(id -> readable(id, Optional.of(author)))
        .onSuccess(row -> Responses.created(rc, "/api/v1/summaries/" + row.getUUID("id"), SummaryView.toJson(row, true)))
        .onFailure(rc::fail);
  }

  /** A draft summary whose first answer was lost, as its author sees it. */
  private Future<Created> generated(RoutingContext rc, Made made) {
    UUID id = UUID.fromString(made.payload(SummaryEvents.GENERATED).getString("summaryId"));
    return readable(id, Optional.of(Caller.require(rc)))
        .map(row -> new Created("/api/v1/summaries/" + id, SummaryView.toJson(row, true)));
  }

  private void listForThread(RoutingContext rc) {
    Optional<Participant> reader = Caller.of(rc);
    UUID threadId = RequestInput.of(rc).uuid("threadId");
    boolean staff = isStaff(reader);
    forum.readableThread(threadId, reader).compose(thread -> store.byThread(threadId, staff ? ALL : PUBLISHED))
        .onSuccess(rows -> Responses.ok(rc, new JsonObject().put("items", json(rows, staff)))).onFailure(rc::fail);
  }

  /**
   * Summaries of one status across threads: for those who run the dialogue, the Chair's inbox (the default),
   * drafts or published ones; for everyone else the published Chair's summaries of the threads they may read.
   */
  private void listByStatus(RoutingContext rc) {
    Optional<Participant> reader = Caller.of(rc);
    RequestInput in = RequestInput.of(rc);
    int limit = in.limit(25);
    String status = in.query("status").orElse(SummaryListing.defaultStatus(isStaff(reader)));
    SummaryListing.Key after = in.query("cursor").map(SummariesApi::cursorKey).orElse(null);
    listing.page(reader, status, after, limit)
        .onSuccess(page -> Responses.ok(rc, Responses.page(json(page.rows(), isStaff(reader)), page.next()
            .map(key -> Cursor.encode(key.createdAt().toString(), key.id().toString())).orElse(null))))
        .onFailure(rc::fail);
  }

  private static SummaryListing.Key cursorKey(String cursor) {
    Cursor.Keys keys = Cursor.decode(cursor, Cursor.Key.TIME, Cursor.Key.UUID);
    return new SummaryListing.Key(keys.time(0), keys.uuid(1));
  }

  private void get(RoutingContext rc) {
    Optional<Participant> reader = Caller.of(rc);
    readable(RequestInput.of(rc).uuid("summaryId"), reader)
        .onSuccess(row -> Responses.ok(rc, SummaryView.toJson(row, isStaff(reader)))).onFailure(rc::fail);
  }

  private void edit(RoutingContext rc) {
    Participant editor = Caller.require(rc);
    SummaryService.requireSummariser(editor);
    RequestInput in = RequestInput.of(rc);
    UUID id = in.uuid("summaryId");
    JsonObject body = in.body();
    readable(id, Optional.of(editor))
        .compose(found -> service.edit(editor, id, body.getString("markdown"), body.getInteger("baseVersion"),
            body.getString("note")))
        .compose(done -> readable(id, Optional.of(editor)))
        .onSuccess(row -> Responses.ok(rc, SummaryView.toJson(row, true))).onFailure(rc::fail);
  }

  private void versions(RoutingContext rc) {
    Participant caller = Caller.require(rc);
    SummaryService.requireSummariser(caller);
    UUID id = RequestInput.of(rc).uuid("summaryId");
    readable(id, Optional.of(caller)).compose(found -> store.versions(id)).onSuccess(rows -> {
      JsonArray items = new JsonArray();
      rows.forEach(row -> items.add(new JsonObject().put("version", row.getInteger("version"))
          .put("markdown", row.getString("markdown")).put("editedBy", row.getString("display_name"))
          .put("editedAt", row.getOffsetDateTime("edited_at").toInstant().toString()).put("note", row.getString("note"))));
      Responses.ok(rc, new JsonObject().put("items", items));
    }).onFailure(rc::fail);
  }

  private void preview(RoutingContext rc) {
    Participant editor = Caller.require(rc);
    SummaryService.requireSummariser(editor);
    RequestInput in = RequestInput.of(rc);
    String markdown = in.body().getString("markdown");
    readable(in.uuid("summaryId"), Optional.of(editor))
        .onSuccess(row -> Responses.ok(rc, new JsonObject().put("html", SummaryView.html(markdown)))).onFailure(rc::fail);
  }

  private interface Transition {
    Future<Void> apply(Participant who, UUID id);
  }

  private void step(RoutingContext rc, Transition transition) {
    Participant who = Caller.require(rc);
    SummaryService.requireSummariser(who);
    UUID id = RequestInput.of(rc).uuid("summaryId");
    readable(id, Optional.of(who)).compose(found -> transition.apply(who, id)).compose(done -> readable(id, Optional.of(who)))
        .onSuccess(row -> Responses.ok(rc, SummaryView.toJson(row, true))).onFailure(rc::fail);
  }

  private void export(RoutingContext rc) {
    Optional<Participant> reader = Caller.of(rc);
    String format = RequestInput.of(rc).query("format").orElse("markdown");
    readable(RequestInput.of(rc).uuid("summaryId"), reader).compose(row -> {
      String status = row.getString("status");
      String markdown = row.getString("markdown");
      String name = "summary-" + row.getUUID("id");
      return switch (format) {
        case "html" -> Future.succeededFuture(new Download("text/html; charset=utf-8", name + ".html",
            io.vertx.core.buffer.Buffer.buffer(HtmlExport.render(title(row), status, markdown, publicUrl))));
        case "docx" -> vertx.executeBlocking(() -> new Download(
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document", name + ".docx",
            io.vertx.core.buffer.Buffer.buffer(DocxExport.render(status, markdown,
                row.getJsonObject("generated").getJsonObject("citations", new JsonObject()), publicUrl))));
        default -> Future.succeededFuture(new Download("text/markdown; charset=utf-8", name + ".md",
            io.vertx.core.buffer.Buffer.buffer("_" + Notice.of(status) + "_\n\n"
                + HtmlExport.absoluteCitations(markdown, publicUrl))));
      };
    }).onSuccess(download -> rc.response().putHeader("Content-Type", download.contentType())
        .putHeader("Content-Disposition", "attachment; filename=\"" + download.fileName() + "\"")
        .end(download.body())).onFailure(rc::fail);
  }

  private record Download(String contentType, String fileName, io.vertx.core.buffer.Buffer body) {
  }

  /** The summary if the reader may see its thread, and, unless published, runs the dialogue. */
  private Future<Row> readable(UUID id, Optional<Participant> reader) {
    return store.find(id).compose(found -> {
      Row row = found.orElseThrow(() -> SummaryService.notFound(id));
      if (!"published".equals(row.getString("status")) && !isStaff(reader)) {
        throw SummaryService.notFound(id);
      }
      // A thread the reader may not know of makes its summary unknown too: the 404 speaks of the summary.
      return forum.readableThread(row.getUUID("thread_id"), reader).map(thread -> row)
          .recover(failure -> Future.failedFuture(Failure.isNotFound(failure)
              ? SummaryService.notFound(id) : failure));
    });
  }

  private static String title(Row row) {
    return row.getJsonObject("generated").getString("threadTitle", "Summary");
  }

  private static boolean isStaff(Optional<Participant> reader) {
    return reader.map(Participant::runsTheDialogue).orElse(false);
  }

  private static JsonArray json(java.util.List<Row> rows, boolean staff) {
    JsonArray items = new JsonArray();
    rows.forEach(row -> items.add(SummaryView.toJson(row, staff)));
    return items;
  }
}
