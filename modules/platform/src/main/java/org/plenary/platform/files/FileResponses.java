package org.plenary.platform.files;

import io.vertx.core.http.HttpServerResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import io.vertx.core.Future;
import org.plenary.platform.failure.Failure;

/** The headers every served file has, whichever store keeps it, and the failure when there is no such file. */
final class FileResponses {

  /** RFC 5987 attr-char besides letters and digits: what may stand unescaped in {@code filename*}. */
  private static final String ATTR_CHARS = "!#$&+-.^_`|~";

  private FileResponses() {
  }

  static HttpServerResponse headers(HttpServerResponse response, StoredFile file) {
    return response
        .putHeader("Content-Type", file.type().mediaType())
        .putHeader("Content-Length", String.valueOf(file.size()))
        .putHeader("Content-Disposition", disposition(file.filename()))
        .putHeader("X-Content-Type-Options", "nosniff")
        .putHeader("ETag", "\"" + file.sha256() + "\"")
        .putHeader("Cache-Control", "private, no-cache")
        // The bytes as stored (and as long as Content-Length says): the server's gzip must leave them alone.
        .putHeader("Content-Encoding", "identity");
  }

  /** The caller's {@code rc::fail} answers it with a 404 problem. */
  static <T> Future<T> notFound(UUID id) {
    return Future.failedFuture(Failure.notFound("There is no file " + id + "."));
  }

  /** Always an attachment: a plain ASCII {@code filename} for old clients, the exact name in {@code filename*}. */
  static String disposition(String filename) {
    StringBuilder ascii = new StringBuilder();
    StringBuilder encoded = new StringBuilder();
    filename.codePoints().forEach(c -> ascii.append(c >= 0x20 && c < 0x7f && c != '"' && c != '\\' ? (char) c : '_'));
    for (byte b : filename.getBytes(StandardCharsets.UTF_8)) {
      char c = (char) (b & 0xff);
      if (c < 0x80 && (Character.isLetterOrDigit(c) || ATTR_CHARS.indexOf(c) >= 0)) {
        encoded.append(c);
      } else {
        encoded.append('%').append(String.format("%02X", b & 0xff));
      }
    }
    return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
  }
}
