package org.plenary.summary;

import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import io.vertx.sqlclient.Row;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;
import org.plenary.forum.api.ForumAccess;
import org.plenary.platform.http.ApiModule;
import org.plenary.platform.http.ApiRoutes;
import org.plenary.platform.http.Cursor;
import org.plenary.platform.http.RequestInput;
import org.plenary.platform.http.Responses;
import org.plenary.platform.identity.Caller;
import org.plenary.platform.identity.Participant;
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

  public SummariesApi(io.vertx.core.Vertx vertx, SummaryStore store, SummaryService service, ForumAccess forum,
                      String publicUrl) {
    this.vertx = vertx;
    this.store = store;
    this.service = service;
    this.forum = forum;
    this.publicUrl = publicUrl;
  }

  @Override
  public String openApiFragment() {
    return "openapi/summaries.yaml";
  }

  @Override
  public void mount(ApiRoutes routes) {
    routes.on("generateSummary", this::generate)
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

  private void listForThread(RoutingContext rc) {
    Optional<Participant> reader = Caller.of(rc);
    UUID threadId = RequestInput.of(rc).uuid("threadId");
    boolean staff = isStaff(reader);
    forum.readableThread(threadId, reader).compose(thread -> store.byThread(threadId, staff ? ALL : PUBLISHED))
        .onSuccess(rows -> Responses.ok(rc, new JsonObject().put("items", json(rows, staff)))).onFailure(rc::fail);
  }

  /** The Chair's inbox (status=submitted), or the moderators' drafts. */
  private void listByStatus(RoutingContext rc) {
    Participant caller = Caller.require(rc);
    SummaryService.requireSummariser(caller);
    RequestInput in = RequestInput.of(rc);
    int limit = in.limit(25);
    Cursor.Keys before = in.query("cursor").map(c -> Cursor.decode(c, Cursor.Key.TIME, Cursor.Key.UUID)).orElse(null);
    store.byStatus(in.query("status").orElse("submitted"), before == null ? null : before.time(0),
            before == null ? null : before.uuid(1), limit + 1)
        .onSuccess(rows -> {
          boolean more = rows.size() > limit;
          var page = more ? rows.subList(0, limit) : rows;
          Row last = page.isEmpty() ? null : page.get(page.size() - 1);
          Responses.ok(rc, Responses.page(json(page, true), more ? Cursor.encode(last.getOffsetDateTime("created_at")
              .toString(), last.getUUID("id").toString()) : null));
        }).onFailure(rc::fail);
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
      return forum.readableThread(row.getUUID("thread_id"), reader).map(thread -> row);
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
