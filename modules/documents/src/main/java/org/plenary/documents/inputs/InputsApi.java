package org.plenary.documents.inputs;

import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.util.Optional;
import java.util.UUID;
import org.plenary.documents.api.DocumentEvents;
import org.plenary.platform.files.FileStore;
import org.plenary.platform.files.Uploads;
import org.plenary.platform.http.ApiRoutes;
import org.plenary.platform.http.Created;
import org.plenary.platform.http.Cursor;
import org.plenary.platform.http.Made;
import org.plenary.platform.http.RequestInput;
import org.plenary.platform.http.Responses;
import org.plenary.platform.identity.Caller;
import org.plenary.platform.identity.Participant;

/** {@code /written-inputs}: stakeholders submit, the Secretariat publishes or returns, everyone reads the published. */
public final class InputsApi {

  private static final int DEFAULT_PAGE = 50;

  private final InputService service;
  private final InputReader reader;
  private final FileStore files;

  public InputsApi(InputService service, InputReader reader, FileStore files) {
    this.service = service;
    this.reader = reader;
    this.files = files;
  }

  public void mount(ApiRoutes routes) {
    routes.on("listWrittenInputs", this::list)
        .onCreate("submitWrittenInput", this::submit, this::submitted)
        .on("getWrittenInput", this::get)
        .on("resubmitWrittenInput", this::resubmit)
        .on("publishWrittenInput", this::publish)
        .on("returnWrittenInput", this::returnWithReason)
        .onUpload("attachWrittenInputFile", this::attachFile)
        .on("downloadWrittenInputFile", this::download);
  }

  private void attachFile(RoutingContext rc) {
    Participant author = Caller.require(rc);
    UUID id = RequestInput.of(rc).uuid("inputId");
    after(rc, author, id, service.attachFile(author, id, Uploads.of(rc)));
  }

  /** Authorized as the input is read, then streamed by the file store. */
  private void download(RoutingContext rc) {
    reader.fileOf(RequestInput.of(rc).uuid("inputId"), Caller.of(rc)).compose(file -> files.send(file, rc.response()))
        .onFailure(rc::fail);
  }

  private void list(RoutingContext rc) {
    RequestInput in = RequestInput.of(rc);
    Optional<Participant> caller = Caller.of(rc);
    Optional<Cursor.Keys> after = in.query("cursor").map(c -> Cursor.decode(c, Cursor.Key.TIME, Cursor.Key.UUID));
    int limit = in.limit(DEFAULT_PAGE);
    Responses.reply(rc, reader.list(caller, in.query("session").map(UUID::fromString).orElse(null),
            in.query("status").orElse(null), in.query("mine").map(Boolean::parseBoolean).orElse(false),
            after.map(keys -> keys.instant(0)).orElse(null), after.map(keys -> keys.uuid(1)).orElse(null), limit + 1)
        .map(found -> {
          JsonArray items = new JsonArray();
          found.stream().limit(limit).forEach(view -> items.add(InputsJson.input(view, caller)));
          WrittenInput last = found.size() > limit ? found.get(limit - 1).input() : null;
          return Responses.page(items, last == null ? null
              : Cursor.encode(last.submittedAt().atOffset(java.time.ZoneOffset.UTC).toString(), last.id().toString()));
        }));
  }

  private void submit(RoutingContext rc) {
    Participant author = Caller.require(rc);
    JsonObject body = RequestInput.of(rc).body();
    service.submit(author, command(UUID.fromString(body.getString("sessionId")), body))
        .compose(id -> reader.view(id, Optional.of(author)))
        .onSuccess(view -> Responses.created(rc, location(view.input().id()), InputsJson.input(view,
            Optional.of(author))))
        .onFailure(rc::fail);
  }

  /** An input whose first answer was lost. */
  private Future<Created> submitted(RoutingContext rc, Made made) {
    Participant author = Caller.require(rc);
    UUID id = UUID.fromString(made.payload(DocumentEvents.INPUT_SUBMITTED).getString("inputId"));
    return reader.view(id, Optional.of(author))
        .map(view -> new Created(location(id), InputsJson.input(view, Optional.of(author))));
  }

  private void get(RoutingContext rc) {
    Optional<Participant> caller = Caller.of(rc);
    Responses.reply(rc, reader.view(RequestInput.of(rc).uuid("inputId"), caller)
        .map(view -> InputsJson.input(view, caller)));
  }

  private void resubmit(RoutingContext rc) {
    Participant author = Caller.require(rc);
    RequestInput in = RequestInput.of(rc);
    UUID id = in.uuid("inputId");
    after(rc, author, id, service.resubmit(author, id, command(null, in.body())));
  }

  private void publish(RoutingContext rc) {
    Participant secretariat = Caller.require(rc);
    UUID id = RequestInput.of(rc).uuid("inputId");
    after(rc, secretariat, id, service.publish(secretariat, id));
  }

  private void returnWithReason(RoutingContext rc) {
    Participant secretariat = Caller.require(rc);
    RequestInput in = RequestInput.of(rc);
    UUID id = in.uuid("inputId");
    after(rc, secretariat, id, service.returnWithReason(secretariat, id, in.body().getString("reason")));
  }

  private void after(RoutingContext rc, Participant actor, UUID id, Future<Void> write) {
    Responses.reply(rc, write.compose(v -> reader.view(id, Optional.of(actor)))
        .map(view -> InputsJson.input(view, Optional.of(actor))));
  }

  private static SubmitInput command(UUID sessionId, JsonObject body) {
    return new SubmitInput(sessionId, Optional.ofNullable(body.getString("agendaItemId")).map(UUID::fromString),
        Optional.ofNullable(body.getString("organizationId")), body.getString("title").strip(),
        body.getString("text").strip(), body.getString("language"));
  }

  private static String location(UUID id) {
    return "/api/v1/written-inputs/" + id;
  }
}
