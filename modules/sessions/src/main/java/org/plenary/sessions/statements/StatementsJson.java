package org.plenary.sessions.statements;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;
import org.plenary.platform.files.FileJson;

/** Statements as the API gives them. */
final class StatementsJson {

  private StatementsJson() {
  }

  static JsonObject statement(Statement s) {
    JsonObject json = new JsonObject().put("id", s.id().toString()).put("entryId", s.entryId().toString())
        .put("sessionId", s.sessionId().toString()).put("agendaItemId", s.agendaItemId().toString())
        .put("organization", new JsonObject().put("id", s.speaker().id()).put("name", s.speaker().name())
            .put("kind", s.speaker().kind().wire()))
        .put("language", s.language().wire()).put("checkAgainstDelivery", s.checkAgainstDelivery())
        .put("text", s.text()).put("postedAt", s.postedAt().toString());
    s.onBehalfOf().ifPresent(group -> json.put("onBehalfOf", new JsonObject().put("id", group.id())
        .put("name", group.name())));
    s.file().ifPresent(file -> json.put("file", FileJson.of(file, "/api/v1/statements/" + s.id() + "/file")));
    return json;
  }

  static JsonArray all(List<Statement> statements) {
    return new JsonArray(statements.stream().map(StatementsJson::statement).toList());
  }
}
