package org.plenary.implementation.http;

import io.vertx.ext.web.RoutingContext;
import org.plenary.platform.i18n.Language;

/**
 * STAND-IN for {@code platform.http.ReaderLanguage} (branch i18n-problems), to be replaced by
 * {@code ReaderLanguage.of(rc)} at merge: the language an export is asked in ({@code ?lang=}, which the contract
 * restricts to the six codes), else the browser's {@code Accept-Language}, else English. It does not read the
 * account's preference; ReaderLanguage does.
 */
final class ExportLanguage {

  private ExportLanguage() {
  }

  static Language of(RoutingContext rc) {
    return Language.of(rc.queryParams().get("lang"))
        .or(() -> Language.acceptedBy(rc.request().getHeader("Accept-Language")))
        .orElse(Language.EN);
  }
}
