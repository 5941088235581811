package org.plenary.runtime;

import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import io.vertx.json.schema.SchemaRepository;
import io.vertx.openapi.contract.OpenAPIContract;
import io.vertx.openapi.contract.OpenAPIVersion;
import io.vertx.openapi.contract.Operation;
import io.vertx.openapi.contract.Path;
import io.vertx.openapi.contract.SecurityRequirement;
import io.vertx.openapi.contract.SecurityScheme;
import io.vertx.openapi.contract.Server;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The contract's operations under one first path segment ({@code threads} for {@code /threads/{threadId}/posts}), for a
 * router of that segment alone ({@link ApiRouter}): its operations and paths are the segment's, and every look-up
 * (an operation by id or by path, the schemas, the servers) is the whole contract's, so validation is unchanged.
 */
record SegmentContract(OpenAPIContract whole, String segment) implements OpenAPIContract {

  /** The first segments of the contract's paths, in order. */
  static Set<String> segments(OpenAPIContract contract) {
    Set<String> segments = new TreeSet<>();
    contract.getPaths().forEach(path -> segments.add(segmentOf(path.getName())));
    return segments;
  }

  /** {@code threads} for {@code /threads/{threadId}/posts}, {@code sessions.ics} for {@code /sessions.ics}. */
  static String segmentOf(String path) {
    int start = path.startsWith("/") ? 1 : 0;
    int end = path.indexOf('/', start);
    return end < 0 ? path.substring(start) : path.substring(start, end);
  }

  @Override
  public List<Operation> operations() {
    return whole.operations().stream().filter(operation -> segmentOf(operation.getOpenAPIPath()).equals(segment)).toList();
  }

  @Override
  public List<Path> getPaths() {
    return whole.getPaths().stream().filter(path -> segmentOf(path.getName()).equals(segment)).toList();
  }

  @Override
  public Operation operation(String operationId) {
    return whole.operation(operationId);
  }

  @Override
  public JsonObject getRawContract() {
    return whole.getRawContract();
  }

  @Override
  public OpenAPIVersion getVersion() {
    return whole.getVersion();
  }

  @Override
  public SchemaRepository getSchemaRepository() {
    return whole.getSchemaRepository();
  }

  @Override
  public List<Server> getServers() {
    return whole.getServers();
  }

  @Override
  public Path findPath(String urlPath) {
    return whole.findPath(urlPath);
  }

  @Override
  public Operation findOperation(String urlPath, HttpMethod method) {
    return whole.findOperation(urlPath, method);
  }

  @Override
  public List<SecurityRequirement> getSecurityRequirements() {
    return whole.getSecurityRequirements();
  }

  @Override
  public SecurityScheme securityScheme(String name) {
    return whole.securityScheme(name);
  }
}
