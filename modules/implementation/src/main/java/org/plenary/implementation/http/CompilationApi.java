package org.plenary.implementation.http;

import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.RoutingContext;
import java.time.Clock;
import java.util.function.BiFunction;
import org.plenary.implementation.domain.Compilation;
import org.plenary.implementation.export.CompilationDocx;
import org.plenary.implementation.export.CompilationHtml;
import org.plenary.implementation.service.CompilationReading;
import org.plenary.platform.http.ApiModule;
import org.plenary.platform.http.ApiRoutes;
import org.plenary.platform.http.ReaderLanguage;
import org.plenary.platform.http.RequestInput;
import org.plenary.platform.i18n.Language;
import org.plenary.platform.identity.Caller;

/** The compilation for the Secretary-General, made on each request: {@code openapi/compilation.yaml}. */
public final class CompilationApi implements ApiModule {

  private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

  private final CompilationReading compilations;
  private final Clock clock;

  public CompilationApi(CompilationReading compilations, Clock clock) {
    this.compilations = compilations;
    this.clock = clock;
  }

  @Override
  public String openApiFragment() {
    return "openapi/compilation.yaml";
  }

  @Override
  public void mount(ApiRoutes routes) {
    routes.on("exportReportCompilationDocx", rc -> export(rc, DOCX, ".docx", CompilationDocx::render))
        .on("exportReportCompilationHtml", rc -> export(rc, "text/html; charset=utf-8", ".html",
            (c, language) -> CompilationHtml.render(c, language).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
  }

  /** Rendering is CPU-bound (POI above all): off the event loop. */
  private void export(RoutingContext rc, String contentType, String extension,
                      BiFunction<Compilation, Language, byte[]> render) {
    String cycleId = RequestInput.of(rc).path("cycleId");
    Language language = ReaderLanguage.of(rc);
    compilations.compile(Caller.of(rc), cycleId, clock.instant())
        .compose(compilation -> rc.vertx().executeBlocking(() -> render.apply(compilation, language)))
        .onSuccess(bytes -> rc.response().putHeader("Content-Type", contentType)
            .putHeader("Content-Disposition", "attachment; filename=\"compilation-" + cycleId + extension + "\"")
            .end(Buffer.buffer(bytes)))
        .onFailure(rc::fail);
  }

}
