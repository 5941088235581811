package org.plenary.platform.files;

import io.vertx.core.Future;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.sqlclient.SqlConnection;
import java.util.Optional;
import java.util.UUID;

/**
 * Where files are kept. The bytes and the {@code files} row are written within the caller's transaction, so a
 * record and its file are written together or not at all; reading streams, never holding a whole file in memory.
 */
public interface FileStore {

  /** Keeps the upload's bytes and its {@code files} row on {@code transaction}, which the caller commits. */
  Future<StoredFile> store(SqlConnection transaction, Upload upload);

  Future<Optional<StoredFile>> find(UUID id);

  /**
   * Streams the file as the answer: {@code Content-Type}, {@code Content-Length}, {@code Content-Disposition:
   * attachment}, {@code X-Content-Type-Options: nosniff} and its SHA-256 as {@code ETag}. When there is no such file
   * the future fails with {@code Failure.notFound}, before anything is written: hand failures to {@code rc::fail},
   * which answers 404 problem+json. Authorize the reader before.
   */
  Future<Void> send(UUID id, HttpServerResponse response);
}
