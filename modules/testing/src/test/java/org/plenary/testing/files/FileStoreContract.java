package org.plenary.testing.files;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.pgclient.PgBuilder;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.PoolOptions;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.plenary.platform.files.FileStore;
import org.plenary.platform.files.FileType;
import org.plenary.platform.files.StoredFile;
import org.plenary.platform.files.Upload;
import org.plenary.testing.SampleFiles;
import org.plenary.testing.TestServer;

/**
 * What every {@link FileStore} does, whatever keeps the bytes: the file and its row in the caller's transaction
 * (a rollback leaves neither), the same bytes served back with the same headers, a 404 for a file that is not
 * there. Each store's test names the store; the database is the test server's (its migrations have run).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class FileStoreContract {

  protected Vertx vertx;
  protected Pool pool;
  private FileStore store;
  private HttpServer server;
  private Path uploads;

  /** The store under test, on this test's Vert.x and pool. */
  protected abstract FileStore store(Vertx vertx, Pool pool, Path temporaryDirectory) throws Exception;

  @BeforeAll
  void open() throws Exception {
    vertx = Vertx.vertx();
    uploads = java.nio.file.Files.createTempDirectory("plenary-uploads");
    pool = PgBuilder.pool().with(new PoolOptions().setMaxSize(2))
        .connectingTo(PgConnectOptions.fromUri(TestServer.running().database().url())).using(vertx).build();
    store = store(vertx, pool, uploads);
    server = await(vertx.createHttpServer().requestHandler(request -> store.send(
        UUID.fromString(request.path().substring(1)), request.response()).onFailure(failure -> {
          if (!request.response().headWritten()) {
            // What the edge's rc::fail would answer.
            boolean absent = org.plenary.platform.failure.Failure.isNotFound(failure);
            request.response().setStatusCode(absent ? 404 : 500)
                .putHeader("Content-Type", absent ? "application/problem+json" : "text/plain").end(String.valueOf(failure));
          }
        })).listen(0));
  }

  @AfterAll
  void close() throws Exception {
    await(vertx.close());
  }

  @Test
  @DisplayName("A file stored in a transaction that commits is found and served back byte for byte, in several chunks")
  void storedAndServed() throws Exception {
    byte[] bytes = new byte[700 * 1024 + 13];
    new Random(15).nextBytes(bytes);
    Upload upload = upload("statement.pdf", FileType.PDF, bytes);
    StoredFile stored = await(pool.withTransaction(tx -> store.store(tx, upload)));
    assertEquals(new StoredFile(stored.id(), "statement.pdf", FileType.PDF, bytes.length, upload.sha256(), stored.storedAt()),
        stored);
    assertEquals(Optional.of(stored), await(store.find(stored.id())));

    HttpResponse<byte[]> served = get(stored.id());
    assertEquals(200, served.statusCode(), new String(served.body(), java.nio.charset.StandardCharsets.UTF_8));
    assertArrayEquals(bytes, served.body());
    assertEquals(FileType.PDF.mediaType(), served.headers().firstValue("Content-Type").orElse(null));
    assertEquals("\"" + upload.sha256() + "\"", served.headers().firstValue("ETag").orElse(null));
    assertEquals("nosniff", served.headers().firstValue("X-Content-Type-Options").orElse(null));
    assertTrue(served.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment;"));
  }

  @Test
  @DisplayName("A file stored in a transaction that rolls back is not there")
  void rolledBack() throws Exception {
    Upload upload = upload("statement.docx", FileType.DOCX, SampleFiles.docx("Rolled back"));
    UUID[] id = new UUID[1];
    Future<Void> failed = pool.withTransaction(tx -> store.store(tx, upload).compose(file -> {
      id[0] = file.id();
      return Future.failedFuture(new IllegalStateException("the record that holds the file could not be written"));
    }));
    failed.toCompletionStage().toCompletableFuture().handle((v, e) -> null).get(30, TimeUnit.SECONDS);
    assertEquals(Optional.empty(), await(store.find(id[0])));
    assertEquals(404, get(id[0]).statusCode());
  }

  @Test
  @DisplayName("A file that was never stored fails as not found, before anything is written")
  void absent() throws Exception {
    HttpResponse<byte[]> answer = get(UUID.randomUUID());
    assertEquals(404, answer.statusCode());
    assertEquals("application/problem+json", answer.headers().firstValue("Content-Type").orElse(null));
  }

  private Upload upload(String filename, FileType type, byte[] bytes) throws Exception {
    Path file = java.nio.file.Files.createTempFile(uploads, "upload-", ".part");
    java.nio.file.Files.write(file, bytes);
    String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    return new Upload(file, filename, type, bytes.length, sha256);
  }

  private HttpResponse<byte[]> get(UUID id) throws Exception {
    return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.actualPort()
        + "/" + id)).build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  protected static <T> T await(Future<T> future) throws Exception {
    return future.toCompletionStage().toCompletableFuture().get(60, TimeUnit.SECONDS);
  }
}
