package org.plenary.runtime.edge;

import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.openapi.router.RouterBuilder;
import io.vertx.openapi.validation.RequestParameter;
import io.vertx.openapi.validation.ValidatedRequest;
import java.util.Optional;
import java.util.Set;
import org.plenary.platform.files.FileSettings;
import org.plenary.platform.files.FileType;
import org.plenary.platform.files.Uploads;
import org.plenary.platform.http.ApiProblem;
import org.plenary.platform.text.UserText;

/**
 * The edge of an operation whose body is a file (mounted with {@code ApiRoutes.onUpload}), in two steps. First, in
 * place of the body handler, {@link #begin} checks what the headers tell (the Content-Type one of the operation's
 * file types, a Content-Length within the limit) and starts streaming the body to a temporary file
 * ({@link Reception}) while the token and the parameters are checked. Then, just before the handler, this waits for
 * the file, received whole and of its declared type, and gives it to the handler with its name.
 */
public final class UploadReceiver implements Handler<RoutingContext> {

  /** The first handler of an upload's request; it answers (415, 413) or goes on to the next. */
  public static void begin(Vertx vertx, RoutingContext rc, Set<FileType> accepted, FileSettings settings) {
    HttpServerRequest request = rc.request();
    Optional<FileType> declared = FileType.ofMediaType(request.getHeader("Content-Type"));
    if (declared.isEmpty() || !accepted.contains(declared.get())) {
      Reception.refuseAtOnce(vertx, rc, settings, UploadProblems.unsupported(accepted, request.getHeader("Content-Type")));
      return;
    }
    Long length = contentLength(request.getHeader("Content-Length"));
    if (length != null && length > settings.maxBytes()) {
      Reception.refuseAtOnce(vertx, rc, settings, UploadProblems.tooLarge(settings.maxBytes()));
      return;
    }
    Reception.start(vertx, rc, declared.get(), settings);
    rc.next();
  }

  @Override
  public void handle(RoutingContext rc) {
    Reception reception = Reception.of(rc);
    String filename = filename(rc);
    if (filename == null || !UserText.hasVisible(filename)) {
      reception.abandon();
      rc.fail(ApiProblem.invalid("query parameter filename", "#",
          "must name the file (the name it is shown and downloaded under), such as statement.pdf"));
      return;
    }
    reception.received(filename.strip()).onSuccess(upload -> {
      rc.put(Uploads.KEY, upload);
      rc.next();
    }).onFailure(rc::fail);
  }

  private static String filename(RoutingContext rc) {
    ValidatedRequest validated = rc.get(RouterBuilder.KEY_META_DATA_VALIDATED_REQUEST);
    RequestParameter value = validated == null || validated.getQuery() == null ? null : validated.getQuery().get("filename");
    return value == null || value.isNull() ? rc.request().getParam("filename") : String.valueOf(value.get());
  }

  /** A malformed length is the HTTP codec's to refuse (it has); null when absent. */
  private static Long contentLength(String header) {
    try {
      return header == null ? null : Long.parseLong(header.trim());
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
