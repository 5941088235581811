package org.plenary.translation;

import io.vertx.core.Future;
import io.vertx.ext.web.RoutingContext;
import java.util.Optional;
import org.plenary.platform.failure.Failure;
import org.plenary.platform.http.ApiModule;
import org.plenary.platform.http.ApiRoutes;
import org.plenary.platform.http.RequestInput;
import org.plenary.platform.http.Responses;
import org.plenary.platform.i18n.Language;
import org.plenary.platform.identity.Caller;

/**
 * {@code GET /posts/{postId}/translation?to=}, and the same of threads, summaries, paragraphs, published reports and
 * good practices.
 */
final class TranslationApi implements ApiModule {

  private final ForumSources forum;
  private final Optional<SummarySources> summaries;
  private final Optional<DraftSources> drafts;
  private final Optional<ReportSources> reports;
  private final TranslationService translations;

  /** {@code summaries}, {@code drafts}, {@code reports}: empty where the server runs none (a forum-only test). */
  TranslationApi(ForumSources forum, Optional<SummarySources> summaries, Optional<DraftSources> drafts,
                 Optional<ReportSources> reports, TranslationService translations) {
    this.forum = forum;
    this.summaries = summaries;
    this.drafts = drafts;
    this.reports = reports;
    this.translations = translations;
  }

  @Override
  public String openApiFragment() {
    return "openapi/translation.yaml";
  }

  @Override
  public void mount(ApiRoutes routes) {
    routes.on("getPostTranslation", rc -> reply(rc, forum.post(RequestInput.of(rc).id("postId"), Caller.of(rc))
            .compose(source -> translations.translate(source, target(rc)))))
        .on("getThreadTranslation", rc -> reply(rc, forum.thread(RequestInput.of(rc).uuid("threadId"), Caller.of(rc))
            .compose(source -> translations.translate(source, target(rc)))))
        .on("getSummaryTranslation", rc -> reply(rc, summaries.map(sources -> sources.summary(
                RequestInput.of(rc).uuid("summaryId"), Caller.of(rc)))
            .orElseGet(() -> Future.failedFuture(Failure.notFound("This server keeps no summaries.")))
            .compose(source -> translations.translate(source, target(rc)))))
        .on("getParagraphTranslation", rc -> reply(rc, drafts.map(sources -> sources.paragraph(
                RequestInput.of(rc).uuid("threadId"), RequestInput.of(rc).uuid("paragraphId"), Caller.of(rc)))
            .orElseGet(() -> Future.failedFuture(Failure.notFound("This server keeps no drafts.")))
            .compose(source -> translations.translate(source, target(rc)))))
        .on("getReportTranslation", rc -> reply(rc, reports.map(sources -> sources.report(
                RequestInput.of(rc).path("cycleId"), RequestInput.of(rc).path("stateId"), Caller.of(rc), target(rc)))
            .orElseGet(() -> Future.failedFuture(Failure.notFound("This server keeps no national reports.")))
            .compose(source -> translations.translate(source, target(rc)))))
        .on("getPracticeTranslation", rc -> reply(rc, reports.map(sources -> sources.practice(
                RequestInput.of(rc).uuid("practiceId"), target(rc)))
            .orElseGet(() -> Future.failedFuture(Failure.notFound("This server keeps no good practices.")))
            .compose(source -> translations.translate(source, target(rc)))));
  }

  /** The contract allows only the six codes. */
  private static Language target(RoutingContext rc) {
    return Language.of(RequestInput.of(rc).query("to").orElseThrow()).orElseThrow();
  }

  private static void reply(RoutingContext rc, Future<MachineTranslated> made) {
    made.onSuccess(translation -> Responses.ok(rc, TranslationJson.of(translation))).onFailure(rc::fail);
  }
}
