package org.plenary.platform.files;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.file.AsyncFile;
import io.vertx.core.file.OpenOptions;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Tuple;
import java.util.Optional;
import java.util.UUID;

/**
 * The default store: the bytes in PostgreSQL, in {@code file_chunk} rows of {@link #CHUNK_BYTES}, written on the
 * caller's transaction one chunk at a time from the upload's file and read back one chunk at a time, each written
 * to the answer before the next is read. So at most one chunk of a file is in memory, whatever its size.
 */
public final class PostgresFileStore implements FileStore {

  static final int CHUNK_BYTES = 256 * 1024;
  static final String STORE = "postgres";

  private final Vertx vertx;
  private final Pool pool;

  public PostgresFileStore(Vertx vertx, Pool pool) {
    this.vertx = vertx;
    this.pool = pool;
  }

  @Override
  public Future<StoredFile> store(SqlConnection transaction, Upload upload) {
    return insertRow(transaction, upload, STORE)
        .compose(file -> vertx.fileSystem().open(upload.temporary().toString(), new OpenOptions().setRead(true)
                .setWrite(false).setCreate(false))
            .compose(source -> writeChunks(transaction, file.id(), source, upload.size()).eventually(source::close))
            .map(file));
  }

  /** The {@code files} row of an upload, on the caller's transaction. */
  static Future<StoredFile> insertRow(SqlConnection transaction, Upload upload, String store) {
    return transaction.preparedQuery(FileQueries.INSERT)
        .execute(Tuple.of(UUID.randomUUID(), upload.filename(), upload.type().column(), upload.size(), upload.sha256(),
            store))
        .map(rows -> Rows.file(rows.iterator().next()));
  }

  /**
   * One chunk at a time, each read only once the one before is inserted. One promise for the whole file, and
   * callbacks that hold no chunk: a chain of composed futures would keep every chunk it had read until the end.
   */
  private Future<Void> writeChunks(SqlConnection transaction, UUID id, AsyncFile source, long size) {
    Promise<Void> written = Promise.promise();
    writeChunk(transaction, id, source, 0, 0, size, written);
    return written.future();
  }

  private void writeChunk(SqlConnection transaction, UUID id, AsyncFile source, int seq, long position, long size,
                          Promise<Void> written) {
    if (position >= size) {
      written.complete();
      return;
    }
    int length = (int) Math.min(CHUNK_BYTES, size - position);
    source.read(Buffer.buffer(length), 0, position, length)
        .compose(chunk -> chunk.length() == 0
            ? Future.<Integer>failedFuture(new IllegalStateException("the upload's file ended before its " + size + " bytes"))
            : transaction.preparedQuery(FileQueries.INSERT_CHUNK).execute(Tuple.of(id, seq, chunk)).map(chunk.length()))
        .onSuccess(read -> writeChunk(transaction, id, source, seq + 1, position + read, size, written))
        .onFailure(written::tryFail);
  }

  @Override
  public Future<Optional<StoredFile>> find(UUID id) {
    return findKept(id).map(kept -> kept.map(Rows.Kept::file));
  }

  Future<Optional<Rows.Kept>> findKept(UUID id) {
    return pool.preparedQuery(FileQueries.FIND).execute(Tuple.of(id))
        .map(rows -> rows.size() == 0 ? Optional.empty() : Optional.of(Rows.kept(rows.iterator().next())));
  }

  @Override
  public Future<Void> send(UUID id, HttpServerResponse response) {
    return findKept(id).compose(kept -> {
      if (kept.isEmpty()) {
        return FileResponses.notFound(id);
      }
      if (!STORE.equals(kept.get().store())) {
        return Future.failedFuture(new IllegalStateException("the file " + id + " is kept in the " + kept.get().store()
            + " store, and this server is configured for " + STORE + " (PLENARY_FILE_STORE)"));
      }
      return sendChunks(kept.get().file(), response);
    });
  }

  /** The answer from the chunks; a failure after the headers went out resets the stream (the client sees it cut). */
  Future<Void> sendChunks(StoredFile file, HttpServerResponse response) {
    FileResponses.headers(response, file);
    int chunks = (int) ((file.size() + CHUNK_BYTES - 1) / CHUNK_BYTES);
    return sendFrom(file.id(), response, chunks)
        .compose(sent -> response.end())
        .onFailure(failure -> {
          if (response.headWritten() && !response.closed()) {
            response.reset();
          }
        });
  }

  private Future<Void> sendFrom(UUID id, HttpServerResponse response, int chunks) {
    Promise<Void> sent = Promise.promise();
    sendChunk(id, response, 0, chunks, sent);
    return sent.future();
  }

  /** The write completes once the chunk is on its way: the next is read only then (and no callback holds it). */
  private void sendChunk(UUID id, HttpServerResponse response, int seq, int chunks, Promise<Void> sent) {
    if (seq >= chunks) {
      sent.complete();
      return;
    }
    pool.preparedQuery(FileQueries.CHUNK).execute(Tuple.of(id, seq))
        .compose(rows -> rows.size() == 0
            ? Future.<Void>failedFuture(new IllegalStateException("the file " + id + " has no chunk " + seq))
            : response.write(rows.iterator().next().getBuffer("bytes")))
        .onSuccess(written -> sendChunk(id, response, seq + 1, chunks, sent))
        .onFailure(sent::tryFail);
  }
}
