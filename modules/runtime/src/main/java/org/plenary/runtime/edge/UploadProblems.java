package org.plenary.runtime.edge;

import io.vertx.core.http.HttpServerRequest;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Set;
import java.util.stream.Collectors;
import org.plenary.platform.files.FileType;
import org.plenary.platform.http.ApiProblem;

/** What the upload edge answers when it refuses a file, how it ends a body it will not read, its digest. */
final class UploadProblems {

  private UploadProblems() {
  }

  static ApiProblem unsupported(Set<FileType> accepted, String contentType) {
    String types = accepted.stream().sorted().map(FileType::mediaType).collect(Collectors.joining(", "));
    return new ApiProblem(415, "unsupported-media-type", "Unsupported media type", (contentType == null
        ? "The request has no Content-Type" : "The request's Content-Type is " + contentType)
        + "; this operation takes the file itself as the body, with the Content-Type of its kind: " + types + ".");
  }

  static ApiProblem tooLarge(long maxBytes) {
    return new ApiProblem(413, "file-too-large", "The file is too large",
        "A file may have at most " + maxBytes + " bytes (" + (maxBytes / (1024 * 1024)) + " MiB), and this one has more.");
  }

  static ApiProblem notOfType(FileType declared, String what) {
    return new ApiProblem(415, "file-type-mismatch", "The file is not what its Content-Type says",
        "The request says the file is " + declared.mediaType() + " (" + declared.extension().toUpperCase()
            + "), and its bytes " + what + ". Plenary takes PDF, DOCX and ODT files, sent with their own Content-Type.");
  }

  static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** HTTP/1: the connection; HTTP/2: the stream alone, the connection's other streams go on. */
  static void close(HttpServerRequest request) {
    if (request.version().name().startsWith("HTTP_2")) {
      request.response().reset();
    } else {
      request.connection().close();
    }
  }
}
