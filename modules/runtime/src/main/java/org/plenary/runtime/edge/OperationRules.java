package org.plenary.runtime.edge;

import io.vertx.core.Handler;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.openapi.router.RouterBuilder;
import io.vertx.openapi.validation.RequestParameter;
import io.vertx.openapi.validation.ValidatedRequest;
import java.util.HashMap;
import java.util.Map;
import org.plenary.platform.http.ApiProblem;

/**
 * The checks of one operation that the schema validator does not make, run after it and before the
 * handler, the same for every operation: a body only where the contract describes one, and every string
 * of the body and parameters checked by {@link ValueChecks}.
 */
public final class OperationRules implements Handler<RoutingContext> {

  private final String operationId;
  private final boolean takesBody;
  private final SchemaNode body;
  private final Map<String, SchemaNode> query = new HashMap<>();
  private final Map<String, SchemaNode> path = new HashMap<>();

  private OperationRules(String operationId, boolean takesBody, SchemaNode body) {
    this.operationId = operationId;
    this.takesBody = takesBody;
    this.body = body;
  }

  /** The rules of every operation of the (complete, original) OpenAPI document, by operationId. */
  public static Map<String, OperationRules> of(JsonObject document) {
    SchemaNode.Compiler compiler = new SchemaNode.Compiler(document);
    Map<String, OperationRules> rules = new HashMap<>();
    document.getJsonObject("paths").forEach(pathItem -> {
      JsonObject item = (JsonObject) pathItem.getValue();
      JsonArray shared = item.getJsonArray("parameters", new JsonArray());
      item.forEach(entry -> {
        if (entry.getValue() instanceof JsonObject operation && operation.containsKey("operationId")) {
          rules.put(operation.getString("operationId"), compile(document, compiler, operation, shared));
        }
      });
    });
    return rules;
  }

  private static OperationRules compile(JsonObject document, SchemaNode.Compiler compiler, JsonObject operation,
                                        JsonArray shared) {
    JsonObject requestBody = operation.getJsonObject("requestBody");
    SchemaNode body = SchemaNode.NONE;
    if (requestBody != null) {
      JsonObject json = resolve(document, requestBody).getJsonObject("content", new JsonObject())
          .getJsonObject("application/json");
      body = json == null ? SchemaNode.NONE : compiler.compile(json.getValue("schema"));
    }
    OperationRules rules = new OperationRules(operation.getString("operationId"), requestBody != null, body);
    JsonArray parameters = shared.copy().addAll(operation.getJsonArray("parameters", new JsonArray()));
    parameters.forEach(p -> {
      JsonObject parameter = resolve(document, (JsonObject) p);
      Map<String, SchemaNode> target = switch (parameter.getString("in", "")) {
        case "query" -> rules.query;
        case "path" -> rules.path;
        default -> null;
      };
      if (target != null) {
        target.put(parameter.getString("name"), compiler.compile(parameter.getValue("schema")));
      }
    });
    return rules;
  }

  @Override
  public void handle(RoutingContext rc) {
    if (!takesBody && rc.body() != null && rc.body().length() > 0) {
      throw new ApiProblem(400, "unexpected-body", "This operation takes no request body",
          "The operation " + operationId + " takes no request body, and this request has one (" + rc.body().length()
              + " bytes); send it without a body.");
    }
    ValidatedRequest validated = rc.get(RouterBuilder.KEY_META_DATA_VALIDATED_REQUEST);
    if (validated != null) {
      check("query parameter", validated.getQuery(), query);
      check("path parameter", validated.getPathParameters(), path);
      RequestParameter value = validated.getBody();
      if (takesBody && value != null && !value.isNull()) {
        checkBody(value.get());
      }
    }
    rc.next();
  }

  /**
   * Run before the schema validator: a JSON body within the contract's array and field limits, so the
   * validator's cost stays bounded by the contract. A body that is not JSON is left to the validator to name.
   */
  public void checkBounds(RoutingContext rc) {
    if (!takesBody || rc.body() == null || rc.body().length() == 0) {
      return;
    }
    Object value;
    try {
      value = io.vertx.core.json.Json.decodeValue(rc.body().buffer());
    } catch (RuntimeException notJson) {
      return;
    }
    checkBounds(value);
  }

  public void checkBounds(Object value) {
    ValueChecks.checkBounds("request body", "#", value, body);
  }

  /** The checks of a request body that the schema validator has accepted; a 400 {@link ApiProblem} if it fails one. */
  public void checkBody(Object value) {
    ValueChecks.check("request body", value, body);
  }

  private static void check(String kind, Map<String, RequestParameter> values, Map<String, SchemaNode> nodes) {
    if (values == null) {
      return;
    }
    values.forEach((name, value) -> {
      if (value != null && !value.isNull()) {
        ValueChecks.check(kind + " " + name, value.get(), nodes.getOrDefault(name, SchemaNode.NONE));
      }
    });
  }

  private static JsonObject resolve(JsonObject document, JsonObject maybeRef) {
    String ref = maybeRef.getString("$ref");
    if (ref == null) {
      return maybeRef;
    }
    Object target = document;
    for (String part : ref.replaceFirst("^#/", "").split("/")) {
      target = ((JsonObject) target).getValue(part);
    }
    return resolve(document, (JsonObject) target);
  }
}
