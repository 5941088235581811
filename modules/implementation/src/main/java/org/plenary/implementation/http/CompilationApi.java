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
    Language language = readerLanguage(rc);
    compilations.compile(Caller.of(rc), cycleId, clock.instant())
        .compose(compilation -> rc.vertx().executeBlocking(() -> render.apply(compilation, language)))
        .onSuccess(bytes -> rc.response().putHeader("Content-Type", contentType)
            .putHeader("Content-Disposition", "attachment; filename=\"compilation-" + cycleId + extension + "\"")
            .end(Buffer.buffer(bytes)))
        .onFailure(rc::fail);
  }

  /**
   * STAND-IN for {@code platform.http.ReaderLanguage.of(rc)} (branch i18n-problems), to be replaced by it at merge:
   * the language the export is asked in ({@code ?lang=}, which the contract restricts to the six codes), else the
   * browser's {@code Accept-Language}, else English. Unlike ReaderLanguage it does not read the account's choice.
   */
  private static Language readerLanguage(RoutingContext rc) {
    return Language.of(rc.queryParams().get("lang"))
        .or(() -> Language.acceptedBy(rc.request().getHeader("Accept-Language")))
        .orElse(Language.EN);
  }
}
