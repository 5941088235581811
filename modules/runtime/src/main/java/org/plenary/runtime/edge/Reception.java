package org.plenary.runtime.edge;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.file.AsyncFile;
import io.vertx.core.file.OpenOptions;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayDeque;
import java.util.HexFormat;
import org.plenary.platform.files.FileSettings;
import org.plenary.platform.files.FileSniffer;
import org.plenary.platform.files.FileType;
import org.plenary.platform.files.Upload;
import org.plenary.platform.http.ApiProblem;

/**
 * One upload streaming in, from the first handler of its request on (its handlers set at once: an HTTP/2 request
 * refuses a handler once its end has come): each chunk counted, hashed and appended to a temporary file under the
 * data directory, the request paused while the file's write queue is full, so memory holds a few chunks, never the
 * file. Refused (past the limit, first bytes that cannot be the type), the rest of the body is read and dropped for
 * a while, so a client still sending reads its answer, then the connection closes. The bytes are sniffed at the
 * end; the temporary file is deleted when the request ends, whatever happened.
 */
final class Reception {

  private static final String KEY = "plenary.reception";
  /** After a refusal, how much more of the body is read and dropped, and for how long, before the connection closes. */
  private static final long LINGER_BYTES = 32L * 1024 * 1024;
  private static final long LINGER_MS = 10_000;

  private final Vertx vertx;
  private final RoutingContext rc;
  private final HttpServerRequest request;
  private final FileType declared;
  private final FileSettings settings;
  private final MessageDigest sha256 = UploadProblems.sha256();
  private final Promise<Upload> received = Promise.promise();
  private final Buffer head = Buffer.buffer(FileSniffer.HEAD_BYTES);
  private final ArrayDeque<Buffer> early = new ArrayDeque<>(); // chunks that came before the file was open
  private String path;
  private AsyncFile file;
  private long size, dropped, lingerTimer = -1;
  private boolean ended, refused, handedOver, fileClosed;

  private Reception(Vertx vertx, RoutingContext rc, FileType declared, FileSettings settings) {
    this.vertx = vertx;
    this.rc = rc;
    this.request = rc.request();
    this.declared = declared;
    this.settings = settings;
  }

  static void start(Vertx vertx, RoutingContext rc, FileType declared, FileSettings settings) {
    Reception reception = new Reception(vertx, rc, declared, settings);
    rc.put(KEY, reception);
    reception.begin();
  }

  /** The headers alone refuse it: its body is dropped unread (with Expect: 100-continue, none comes: close). */
  static void refuseAtOnce(Vertx vertx, RoutingContext rc, FileSettings settings, ApiProblem problem) {
    Reception reception = new Reception(vertx, rc, FileType.PDF, settings);
    reception.refused = true;
    if ("100-continue".equalsIgnoreCase(rc.request().getHeader("Expect"))) {
      rc.response().putHeader("Connection", "close");
    }
    reception.listen();
    reception.linger();
    rc.fail(problem);
  }

  static Reception of(RoutingContext rc) {
    return java.util.Objects.requireNonNull(rc.get(KEY), "no upload is being received");
  }

  /** The file, once received whole and of its type; failed with the 413 or 415 problem otherwise. */
  Future<Upload> received(String filename) {
    handedOver = true;
    return received.future().map(upload -> new Upload(upload.temporary(), filename, upload.type(), upload.size(),
        upload.sha256()));
  }

  /** Refused by a later check (its file name): nothing is kept, the rest of the body is dropped. */
  void abandon() {
    handedOver = true;
    refuse(null);
  }

  private void begin() {
    if ("100-continue".equalsIgnoreCase(request.getHeader("Expect"))) {
      request.response().writeContinue();
    }
    listen();
    // Refused before the upload edge (a 401, a 400 of the parameters): nothing is kept.
    rc.addEndHandler(done -> {
      if (!handedOver) {
        refuse(null);
      }
      deleteFile();
    });
    vertx.fileSystem().createTempFile(settings.temporaryDirectory().toString(), "upload-", ".part", (String) null)
        .compose(created -> {
          path = created;
          return vertx.fileSystem().open(created, new OpenOptions().setWrite(true).setCreate(false));
        })
        .onSuccess(opened -> {
          file = opened;
          if (refused) {
            closeAndDelete();
            return;
          }
          while (!early.isEmpty()) {
            write(early.poll());
          }
          resume();
          if (ended) {
            finish();
          }
        })
        .onFailure(this::refuse);
  }

  private void listen() {
    request.handler(this::chunk);
    request.endHandler(v -> {
      ended = true;
      if (lingerTimer >= 0) {
        vertx.cancelTimer(lingerTimer);
      }
      if (!refused && file != null) {
        finish();
      }
    });
    // The client went away mid-body: nobody to answer, nothing kept.
    request.exceptionHandler(failure -> refuse(failure));
  }

  private void chunk(Buffer chunk) {
    if (refused) {
      dropped += chunk.length();
      if (dropped > LINGER_BYTES) {
        UploadProblems.close(request);
      }
      return;
    }
    size += chunk.length();
    if (size > settings.maxBytes()) {
      refuse(UploadProblems.tooLarge(settings.maxBytes()));
      return;
    }
    if (head.length() < FileSniffer.HEAD_BYTES) {
      head.appendBuffer(chunk, 0, Math.min(chunk.length(), FileSniffer.HEAD_BYTES - head.length()));
      if (!FileSniffer.mayBe(declared, head.getBytes())) {
        refuse(UploadProblems.notOfType(declared, "begin as no " + declared.extension().toUpperCase() + " file does"));
        return;
      }
    }
    sha256.update(chunk.getBytes());
    if (file == null) {
      early.add(chunk);
      if (early.size() > 16) {
        request.pause();
      }
    } else {
      write(chunk);
    }
  }

  private void write(Buffer chunk) {
    file.write(chunk);
    if (file.writeQueueFull()) {
      request.pause();
      file.drainHandler(drained -> resume());
    }
  }

  /** A request whose end has come cannot be resumed (HTTP/2 says so): there is nothing more to read then. */
  private void resume() {
    if (!ended) {
      request.resume();
    }
  }

  private void finish() {
    if (size == 0) {
      refuse(ApiProblem.badRequest("The request has no body: the file itself is the body of an upload."));
      return;
    }
    closeFile()
        .compose(closed -> vertx.executeBlocking(() -> FileSniffer.sniff(Path.of(path)), false))
        .onSuccess(verdict -> {
          if (verdict.type().isEmpty()) {
            refuse(UploadProblems.notOfType(declared, "are " + verdict.detected() + ", not a PDF, DOCX or ODT file"));
          } else if (verdict.type().get() != declared) {
            refuse(UploadProblems.notOfType(declared, "are a " + verdict.type().get().extension().toUpperCase() + " file"));
          } else {
            received.tryComplete(new Upload(Path.of(path), "", declared, size, HexFormat.of().formatHex(sha256.digest())));
          }
        })
        .onFailure(this::refuse);
  }

  /** Stops keeping the file; {@code problem}, if any, is the answer the upload edge gives. */
  private void refuse(Throwable problem) {
    if (refused) {
      return;
    }
    refused = true;
    early.clear();
    closeAndDelete();
    received.tryFail(problem == null ? new IllegalStateException("the upload was abandoned") : problem);
    linger();
  }

  /** Drops the rest of the body for a while, then closes the connection if it has not ended. */
  private void linger() {
    if (ended) {
      return;
    }
    lingerTimer = vertx.setTimer(LINGER_MS, t -> {
      if (!ended) {
        UploadProblems.close(request);
      }
    });
    request.resume();
  }

  private void closeAndDelete() {
    closeFile().onComplete(closed -> deleteFile());
  }

  /** Closes the file once (a second close throws), after the writes queued so far. */
  private Future<Void> closeFile() {
    if (file == null || fileClosed) {
      return Future.succeededFuture();
    }
    fileClosed = true;
    return file.close();
  }

  private void deleteFile() {
    if (path != null) {
      vertx.fileSystem().delete(path).otherwiseEmpty();
    }
  }
}
