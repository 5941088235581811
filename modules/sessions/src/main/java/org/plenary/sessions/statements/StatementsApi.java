package org.plenary.sessions.statements;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.plenary.platform.files.FileStore;
import org.plenary.platform.files.Uploads;
import org.plenary.platform.http.ApiRoutes;
import org.plenary.platform.http.Created;
import org.plenary.platform.http.Cursor;
import org.plenary.platform.http.Made;
import org.plenary.platform.http.RequestInput;
import org.plenary.platform.http.Responses;
import org.plenary.platform.identity.Caller;
import org.plenary.platform.wire.WireEnum;
import org.plenary.sessions.api.SpeakerEvents;

/** Statements: posted on an inscription, read by item and as an organization's history ({@code speakers.yaml}). */
public final class StatementsApi {

  private static final int DEFAULT_PAGE = 25;
  private static final int ITEM_PAGE = 100;

  private final StatementService service;
  private final FileStore files;
  private final Clock clock;

  public StatementsApi(StatementService service, FileStore files, Clock clock) {
    this.service = service;
    this.files = files;
    this.clock = clock;
  }

  public void mount(ApiRoutes routes) {
    routes.onCreate("postStatement", this::post, this::retried)
        .on("getStatement", this::get)
        .on("listItemStatements", this::ofItem)
        .on("listOrganizationStatements", this::ofOrganization)
        .onUpload("attachStatementFile", this::attach)
        .on("getStatementFile", this::file);
  }

  private void attach(RoutingContext rc) {
    UUID id = RequestInput.of(rc).uuid("statementId");
    Responses.reply(rc, service.attachFile(Caller.require(rc), id, Uploads.of(rc), clock.instant())
        .map(StatementsJson::statement));
  }

  /** The file, once the reader is known to attend the statement's session. */
  private void file(RoutingContext rc) {
    UUID id = RequestInput.of(rc).uuid("statementId");
    service.fileOf(id, Caller.of(rc)).compose(file -> files.send(file.id(), rc.response())).onFailure(rc::fail);
  }

  private void post(RoutingContext rc) {
    RequestInput in = RequestInput.of(rc);
    JsonObject body = in.body();
    NewStatement statement = new NewStatement(in.uuid("entryId"), body.getString("text").strip(),
        WireEnum.parse(StatementLanguage.class, body.getString("language")),
        body.getBoolean("checkAgainstDelivery", false));
    service.post(Caller.require(rc), statement, clock.instant()).map(StatementsApi::created)
        .onSuccess(created -> Responses.created(rc, created)).onFailure(rc::fail);
  }

  private Future<Created> retried(RoutingContext rc, Made made) {
    UUID id = UUID.fromString(made.payload(SpeakerEvents.STATEMENT_POSTED).getString("statementId"));
    return service.read(id, Caller.of(rc)).map(StatementsApi::created);
  }

  private static Created created(Statement statement) {
    return new Created("/api/v1/statements/" + statement.id(), StatementsJson.statement(statement));
  }

  private void get(RoutingContext rc) {
    UUID id = RequestInput.of(rc).uuid("statementId");
    Responses.reply(rc, service.read(id, Caller.of(rc)).map(StatementsJson::statement));
  }

  private void ofItem(RoutingContext rc) {
    RequestInput in = RequestInput.of(rc);
    int limit = in.limit(ITEM_PAGE);
    Cursor.Keys after = after(in);
    Responses.reply(rc, service.ofItem(in.uuid("sessionId"), in.uuid("itemId"), Caller.of(rc),
            after == null ? null : after.instant(0), after == null ? null : after.uuid(1), limit + 1)
        .map(found -> page(found, limit)));
  }

  private void ofOrganization(RoutingContext rc) {
    RequestInput in = RequestInput.of(rc);
    int limit = in.limit(DEFAULT_PAGE);
    Cursor.Keys after = after(in);
    Responses.reply(rc, service.ofOrganization(in.path("organizationId"), Caller.of(rc),
            after == null ? null : after.instant(0), after == null ? null : after.uuid(1), limit + 1)
        .map(found -> page(found, limit)));
  }

  private static Cursor.Keys after(RequestInput in) {
    return in.query("cursor").map(c -> Cursor.decode(c, Cursor.Key.TIME, Cursor.Key.UUID)).orElse(null);
  }

  /** A page of {@code limit} of the {@code limit + 1} found; the last one's keys are the cursor of the next. */
  private static JsonObject page(List<Statement> found, int limit) {
    List<Statement> page = found.size() > limit ? found.subList(0, limit) : found;
    Statement last = page.isEmpty() ? null : page.get(page.size() - 1);
    String next = found.size() > limit ? Cursor.encode(last.postedAt().toString(), last.id().toString()) : null;
    return Responses.page(StatementsJson.all(page), next);
  }
}
