package org.plenary.documents.registry;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;
import org.plenary.platform.files.FileJson;
import org.plenary.platform.files.StoredFile;
import org.plenary.platform.text.DocumentSymbol;
import org.plenary.sessions.api.AgendaItemRef;
import org.plenary.sessions.api.SessionRef;

/** Documents in the API's JSON ({@code openapi/documents.yaml}). */
public final class DocumentsJson {

  private DocumentsJson() {
  }

  /** A document as a list shows it: without its family, its agenda items by id only when not read. */
  public static JsonObject listed(Document d) {
    JsonObject json = new JsonObject().put("id", d.id().toString()).put("symbol", d.symbol().text())
        .put("parts", parts(d.symbol())).put("title", d.title()).put("issuedOn", d.issuedOn().toString())
        .put("distribution", d.distribution().wire()).put("issuedAt", d.issuedAt().toString())
        .put("agendaItems", new JsonArray());
    d.predecessor().ifPresent(p -> json.put("predecessor", new JsonObject().put("id", p.id().toString())
        .put("symbol", p.symbol()).put("relation", p.relation())));
    d.draft().ifPresent(draft -> json.put("draft", new JsonObject().put("threadId", draft.threadId().toString())
        .put("version", draft.version())));
    JsonArray languages = new JsonArray();
    d.languages().forEach(version -> languages.add(new JsonObject().put("language", version.language())
        .put("original", version.original()).put("advanceUnedited", version.advanceUnedited())
        .put("addedAt", version.addedAt().toString())));
    return json.put("languages", languages);
  }

  /** A document as its page shows it, each language version with its file. */
  public static JsonObject page(DocumentPage page) {
    JsonObject json = listed(page.document());
    String id = page.document().id().toString();
    json.getJsonArray("languages").forEach(entry -> {
      JsonObject version = (JsonObject) entry;
      String language = version.getString("language");
      StoredFile file = page.files().get(language);
      if (file != null) {
        version.put("file", FileJson.of(file, "/api/v1/documents/" + id + "/languages/" + language + "/file"));
      }
    });
    page.session().ifPresent(session -> json.put("session", session(session)));
    json.put("agendaItems", agendaItems(page.agendaItems()));
    json.put("family", references(page.family()));
    json.put("successors", references(page.successors()));
    return json;
  }

  public static JsonObject session(SessionRef session) {
    return new JsonObject().put("id", session.id().toString()).put("title", session.title())
        .put("number", session.number()).put("kind", session.kind().wire()).put("status", session.status().wire());
  }

  public static JsonObject agendaItem(AgendaItemRef item) {
    return new JsonObject().put("id", item.id().toString()).put("number", item.number()).put("title", item.title());
  }

  public static JsonObject parts(DocumentSymbol symbol) {
    JsonArray chain = new JsonArray();
    symbol.chain().forEach(suffix -> chain.add(new JsonObject().put("relation", suffix.relation().wire())
        .put("number", suffix.number())));
    return new JsonObject().put("body", symbol.body()).put("session", symbol.session())
        .put("kind", symbol.kind().wire()).put("number", symbol.number()).put("chain", chain);
  }

  private static JsonArray agendaItems(List<AgendaItemRef> items) {
    JsonArray json = new JsonArray();
    items.forEach(item -> json.add(agendaItem(item)));
    return json;
  }

  private static JsonArray references(List<FamilyMember> members) {
    JsonArray json = new JsonArray();
    members.forEach(member -> {
      JsonObject reference = new JsonObject().put("id", member.id().toString()).put("symbol", member.symbol());
      member.relation().ifPresent(relation -> reference.put("relation", relation));
      member.predecessorId().ifPresent(id -> reference.put("predecessorId", id.toString()));
      json.add(reference);
    });
    return json;
  }
}
