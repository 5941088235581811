package org.plenary.documents.inputs;

import io.vertx.core.json.JsonObject;
import java.util.Optional;
import org.plenary.documents.registry.DocumentsJson;
import org.plenary.platform.files.FileJson;
import org.plenary.platform.identity.Participant;

/** Written inputs in the API's JSON ({@code openapi/documents.yaml}). */
final class InputsJson {

  private InputsJson() {
  }

  static JsonObject input(InputView view, Optional<Participant> reader) {
    WrittenInput input = view.input();
    JsonObject json = new JsonObject().put("id", input.id().toString()).put("sessionId", input.sessionId().toString())
        .put("organization", new JsonObject().put("id", input.organization().id())
            .put("name", input.organization().name()).put("kind", input.organization().kind().wire()))
        .put("title", input.title()).put("text", input.text()).put("language", input.language())
        .put("status", input.status().wire()).put("submissions", input.submissions())
        .put("submittedAt", input.submittedAt().toString());
    view.session().ifPresent(session -> json.put("sessionTitle", session.title()));
    view.agendaItem().ifPresent(item -> json.put("agendaItem", DocumentsJson.agendaItem(item)));
    input.publishedAt().ifPresent(at -> json.put("publishedAt", at.toString()));
    view.file().ifPresent(file -> json.put("file", FileJson.of(file, "/api/v1/written-inputs/" + input.id() + "/file")));
    if (reader.map(p -> InputRules.seesUnpublished(p, input.organization().id())).orElse(false)) {
      input.returnReason().ifPresent(reason -> json.put("returnReason", reason));
    }
    return json;
  }
}
