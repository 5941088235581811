package org.plenary.documents.registry;

import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.time.LocalDate;
import java.util.List;
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
import org.plenary.platform.text.DocumentSymbol;
import org.plenary.platform.wire.WireEnum;

/** {@code /documents}: the registry read by everyone as distribution allows, written by the Secretariat. */
public final class DocumentsApi {

  private static final int DEFAULT_PAGE = 50;

  private final DocumentStore documents;
  private final DocumentService service;
  private final DocumentReader reader;
  private final LanguageVersionService versions;
  private final FileStore files;

  /** The registry's stores and services, and the server's file store. */
  public record Parts(DocumentStore documents, DocumentService service, DocumentReader reader,
                      LanguageVersionService versions, FileStore files) {
  }

  public DocumentsApi(Parts parts) {
    this.documents = parts.documents();
    this.service = parts.service();
    this.reader = parts.reader();
    this.versions = parts.versions();
    this.files = parts.files();
  }

  public void mount(ApiRoutes routes) {
    routes.on("listDocuments", this::list)
        .onCreate("issueDocument", this::issue, this::issued)
        .on("getDocument", this::get)
        .onUpload("putDocumentLanguageVersion", this::putVersion)
        .on("downloadDocumentLanguageVersion", this::download);
  }

  private void putVersion(RoutingContext rc) {
    Participant secretariat = Caller.require(rc);
    RequestInput in = RequestInput.of(rc);
    UUID id = in.uuid("documentId");
    LanguageVersionService.Marks marks = new LanguageVersionService.Marks(in.path("language"),
        in.query("original").map(Boolean::parseBoolean).orElse(false),
        in.query("advanceUnedited").map(Boolean::parseBoolean).orElse(false));
    Responses.reply(rc, versions.put(secretariat, id, marks, Uploads.of(rc))
        .compose(v -> reader.page(id, Optional.of(secretariat))).map(DocumentsJson::page));
  }

  /** Authorized by the document's distribution, then streamed by the file store. */
  private void download(RoutingContext rc) {
    RequestInput in = RequestInput.of(rc);
    reader.fileOf(in.uuid("documentId"), in.path("language"), Caller.of(rc))
        .compose(file -> files.send(file, rc.response())).onFailure(rc::fail);
  }

  private void list(RoutingContext rc) {
    RequestInput in = RequestInput.of(rc);
    Optional<Participant> caller = Caller.of(rc);
    String symbol = in.query("symbol").map(text -> Symbols.parse(text, "query parameter \"symbol\"").text())
        .orElse(null);
    DocumentStore.Filter filter = new DocumentStore.Filter(DocumentRules.readableDistributions(caller),
        in.query("session").map(UUID::fromString).orElse(null), in.query("agendaItem").map(UUID::fromString).orElse(null),
        in.query("kind").orElse(null), in.query("language").orElse(null), in.query("q").orElse(null), symbol);
    DocumentStore.After after = in.query("cursor").map(cursor -> Cursor.decode(cursor, Cursor.Key.TEXT, Cursor.Key.TEXT))
        .map(keys -> new DocumentStore.After(LocalDate.parse(keys.text(0)), keys.text(1))).orElse(null);
    int limit = in.limit(DEFAULT_PAGE);
    Responses.reply(rc, documents.list(filter, after, limit + 1).map(found -> {
      JsonArray items = new JsonArray();
      found.stream().limit(limit).forEach(document -> items.add(DocumentsJson.listed(document)));
      Document last = found.size() > limit ? found.get(limit - 1) : null;
      return Responses.page(items, last == null ? null : Cursor.encode(last.issuedOn().toString(), last.symbol().text()));
    }));
  }

  private void issue(RoutingContext rc) {
    Participant secretariat = Caller.require(rc);
    IssueDocument command = command(RequestInput.of(rc).body());
    service.issue(secretariat, command)
        .compose(id -> reader.page(id, Optional.of(secretariat)))
        .onSuccess(page -> Responses.created(rc, location(page.document().id()), DocumentsJson.page(page)))
        .onFailure(rc::fail);
  }

  /** A document whose first answer was lost. */
  private Future<Created> issued(RoutingContext rc, Made made) {
    Participant secretariat = Caller.require(rc);
    UUID id = UUID.fromString(made.payload(DocumentEvents.DOCUMENT_ISSUED).getString("documentId"));
    return reader.page(id, Optional.of(secretariat)).map(page -> new Created(location(id), DocumentsJson.page(page)));
  }

  private void get(RoutingContext rc) {
    UUID id = RequestInput.of(rc).uuid("documentId");
    Responses.reply(rc, reader.page(id, Caller.of(rc)).map(DocumentsJson::page));
  }

  private static IssueDocument command(JsonObject body) {
    DocumentSymbol symbol = Symbols.parse(body.getString("symbol"), "symbol");
    Distribution distribution = Optional.ofNullable(body.getString("distribution"))
        .map(wire -> WireEnum.parse(Distribution.class, wire))
        .orElse(symbol.kind() == DocumentSymbol.Kind.LIMITED ? Distribution.LIMITED : Distribution.GENERAL);
    List<UUID> agendaItems = body.getJsonArray("agendaItemIds", new JsonArray()).stream()
        .map(id -> UUID.fromString((String) id)).toList();
    Optional<Document.IssuedDraft> draft = Optional.ofNullable(body.getJsonObject("draft"))
        .map(d -> new Document.IssuedDraft(UUID.fromString(d.getString("threadId")), d.getInteger("version")));
    return new IssueDocument(symbol, body.getString("title").strip(), LocalDate.parse(body.getString("issuedOn")),
        distribution, Optional.ofNullable(body.getString("sessionId")).map(UUID::fromString), agendaItems, draft);
  }

  private static String location(UUID id) {
    return "/api/v1/documents/" + id;
  }
}
