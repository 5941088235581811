package org.plenary.server.robustness;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;

/** The operations of the served OpenAPI document, with their parameters and body schema resolved. */
final class Contract {

  record Parameter(String name, String in, boolean required, JsonObject schema) {
  }

  /** {@code mediaType}: what the body is sent as, {@code application/json} but for an upload (the file's own type). */
  record Operation(String id, String method, String path, List<Parameter> parameters, JsonObject body,
                   boolean bodyRequired, boolean takesBody, String mediaType) {
    boolean isUpload() {
      return !mediaType.equals("application/json");
    }
  }

  private final JsonObject document;

  Contract(JsonObject document) {
    this.document = document;
  }

  List<Operation> operations() {
    List<Operation> operations = new ArrayList<>();
    document.getJsonObject("paths").forEach(entry -> {
      JsonObject item = (JsonObject) entry.getValue();
      JsonArray shared = item.getJsonArray("parameters", new JsonArray());
      item.forEach(op -> {
        if (op.getValue() instanceof JsonObject operation && operation.containsKey("operationId")) {
          List<Parameter> parameters = new ArrayList<>();
          shared.copy().addAll(operation.getJsonArray("parameters", new JsonArray())).forEach(p -> {
            JsonObject parameter = resolve((JsonObject) p);
            parameters.add(new Parameter(parameter.getString("name"), parameter.getString("in"),
                parameter.getBoolean("required", false), resolve(parameter.getJsonObject("schema", new JsonObject()))));
          });
          JsonObject requestBody = operation.getJsonObject("requestBody");
          JsonObject content = requestBody == null ? new JsonObject() : resolve(requestBody).getJsonObject("content");
          JsonObject body = content.getJsonObject("application/json", new JsonObject()).getJsonObject("schema");
          String mediaType = content.isEmpty() || content.containsKey("application/json") ? "application/json"
              : content.fieldNames().iterator().next();
          operations.add(new Operation(operation.getString("operationId"), op.getKey().toUpperCase(), entry.getKey(),
              parameters, body == null ? null : resolve(body),
              requestBody != null && resolve(requestBody).getBoolean("required", false), requestBody != null, mediaType));
        }
      });
    });
    return operations;
  }

  /** A schema with its {@code $ref} (if any) followed. */
  JsonObject resolve(JsonObject schema) {
    String ref = schema == null ? null : schema.getString("$ref");
    if (ref == null) {
      return schema;
    }
    Object target = document;
    for (String part : ref.substring(2).split("/")) {
      target = ((JsonObject) target).getValue(part);
    }
    return resolve((JsonObject) target);
  }
}
