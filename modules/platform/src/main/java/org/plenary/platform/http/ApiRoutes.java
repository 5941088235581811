package org.plenary.platform.http;

import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;

/**
 * How a feature module attaches its handlers to the operations of the OpenAPI document. The server
 * validates each request against the document before the handler runs.
 */
public interface ApiRoutes {

  ApiRoutes on(String operationId, Handler<RoutingContext> handler);

  /**
   * An operation that creates a resource and so takes an {@code Idempotency-Key} (the contract declares the
   * header): the server answers a repeated request from its record, and {@code retried} shows the resource
   * to a retry whose first attempt committed but whose answer was lost.
   */
  ApiRoutes onCreate(String operationId, Handler<RoutingContext> handler, RetryAnswer retried);

  /**
   * An operation whose request body is a file (its {@code requestBody.content} names only PDF, DOCX and ODT, with a
   * required {@code filename} query parameter): the body is streamed to a temporary file, never buffered, and
   * refused with 413 past {@code PLENARY_FILE_MAX_BYTES} or 415 when its bytes are not of the declared type, before
   * the handler runs; the handler finds it with {@code Uploads.of(rc)}. The temporary file is deleted when the
   * request ends.
   */
  ApiRoutes onUpload(String operationId, Handler<RoutingContext> handler);

  /**
   * {@link #onUpload(String, Handler)} for a create that takes an {@code Idempotency-Key}: the key is checked once
   * the file is received, and the file's SHA-256 is part of what makes a repeat the same request.
   */
  ApiRoutes onUpload(String operationId, Handler<RoutingContext> handler, RetryAnswer retried);
}
