package org.plenary.runtime;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.plenary.platform.files.FileType;
import org.plenary.platform.http.ApiModule;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * The one OpenAPI 3.1 document of the API, assembled from the base document and each module's fragment
 * so that each bounded context describes its own operations. The assembled document validates requests
 * and is served at {@code /api/v1/openapi.yaml}.
 */
final class OpenApiDocument {

  private final JsonObject document;

  private OpenApiDocument(JsonObject document) {
    this.document = document;
  }

  /** Reads and merges the fragments; blocking, call once at start. */
  static OpenApiDocument assemble(String publicUrl, List<ApiModule> modules) {
    JsonObject document = read("openapi/base.yaml");
    document.put("servers", new JsonArray().add(new JsonObject().put("url", publicUrl + "/api/v1")));
    for (ApiModule module : modules) {
      mergeFragment(document, read(module.openApiFragment()), module.openApiFragment());
    }
    return new OpenApiDocument(document);
  }

  JsonObject json() {
    return document.copy();
  }

  /**
   * The document as the request validator needs it. Vert.x's contract parser refuses response media
   * types such as application/problem+json and text/event-stream, and responses are not validated, so
   * response bodies are left out of this copy. {@code uniqueItems} is left out too: Vert.x compares every
   * pair of items (4,000 items took 2.7 s of an event loop), so the edge checks it in linear time instead
   * ({@code OperationRules}), with the same kind of 400.
   */
  JsonObject forRequestValidation() {
    JsonObject copy = document.copy();
    withoutUniqueItems(copy);
    Set<String> uploads = uploads().keySet();
    copy.getJsonObject("paths").forEach(path -> ((JsonObject) path.getValue()).forEach(operation -> {
      if (operation.getValue() instanceof JsonObject op && op.containsKey("responses")) {
        op.getJsonObject("responses").forEach(response -> withoutContent(response.getValue()));
      }
      if (operation.getValue() instanceof JsonObject op && uploads.contains(op.getString("operationId"))) {
        // A file body is streamed and checked by the upload edge, never buffered for the validator (whose
        // parser knows no application/pdf); the parameters are still validated.
        op.remove("requestBody");
      }
    }));
    copy.getJsonObject("components").getJsonObject("responses", new JsonObject())
        .forEach(response -> withoutContent(response.getValue()));
    return copy;
  }

  /**
   * The operations whose body is a file, by operationId, with the file types their request body takes: those whose
   * {@code requestBody.content} names only the media types of {@link FileType}.
   */
  Map<String, Set<FileType>> uploads() {
    Map<String, Set<FileType>> uploads = new HashMap<>();
    document.getJsonObject("paths").forEach(path -> ((JsonObject) path.getValue()).forEach(operation -> {
      if (operation.getValue() instanceof JsonObject op && op.getValue("requestBody") instanceof JsonObject body
          && body.getValue("content") instanceof JsonObject content && !content.isEmpty()) {
        Set<FileType> types = EnumSet.noneOf(FileType.class);
        content.fieldNames().forEach(mediaType -> FileType.ofMediaType(mediaType)
            .filter(type -> type.mediaType().equals(mediaType)).ifPresent(types::add));
        if (types.size() == content.size()) {
          uploads.put(op.getString("operationId"), types);
        }
      }
    }));
    return uploads;
  }

  private static void withoutUniqueItems(Object node) {
    if (node instanceof JsonObject json) {
      if (json.getValue("uniqueItems") instanceof Boolean) {
        json.remove("uniqueItems");
      }
      json.forEach(entry -> withoutUniqueItems(entry.getValue()));
    } else if (node instanceof JsonArray array) {
      array.forEach(OpenApiDocument::withoutUniqueItems);
    }
  }

  private static void withoutContent(Object response) {
    if (response instanceof JsonObject json) {
      json.remove("content");
    }
  }

  String yaml() {
    DumperOptions options = new DumperOptions();
    options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
    options.setWidth(120);
    return new Yaml(options).dump(document.getMap());
  }

  private static void mergeFragment(JsonObject document, JsonObject fragment, String source) {
    mergeMap(document.getJsonObject("paths"), fragment.getJsonObject("paths", new JsonObject()), "path", source);
    JsonObject components = document.getJsonObject("components");
    fragment.getJsonObject("components", new JsonObject()).forEach(section -> {
      JsonObject target = components.getJsonObject(section.getKey());
      if (target == null) {
        target = new JsonObject();
        components.put(section.getKey(), target);
      }
      mergeMap(target, (JsonObject) section.getValue(), section.getKey(), source);
    });
  }

  private static void mergeMap(JsonObject target, JsonObject additions, String what, String source) {
    additions.forEach(entry -> {
      if (target.containsKey(entry.getKey())) {
        throw new IllegalStateException(source + " defines the " + what + " '" + entry.getKey() + "' again");
      }
      target.put(entry.getKey(), entry.getValue());
    });
  }

  @SuppressWarnings("unchecked")
  private static JsonObject read(String resource) {
    try (InputStream in = OpenApiDocument.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing OpenAPI fragment " + resource);
      }
      Map<String, Object> yaml = new Yaml(new LoaderOptions()).load(in);
      return new JsonObject(yaml);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
