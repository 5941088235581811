package org.plenary.platform.http;

import io.vertx.ext.web.RoutingContext;
import java.util.List;
import java.util.Optional;
import org.plenary.platform.i18n.Language;

/**
 * The language the reader of a response reads, for every text the server writes for a person (problems,
 * digests, exports): {@code ?lang=} when it names one of the six, else the signed-in participant's account
 * preference ({@code PUT /me/preferences}, loaded with the participant, so it costs no query), else the first of
 * the six {@code Accept-Language} asks for, else English.
 */
public final class ReaderLanguage {

  /** Where the bearer-token handler leaves the signed-in participant's preferred {@link Language}, if any. */
  public static final String PREFERENCE_KEY = "plenary.language";

  private ReaderLanguage() {
  }

  public static Language of(RoutingContext rc) {
    return asked(rc)
        .or(() -> Optional.ofNullable(rc.<Language>get(PREFERENCE_KEY)))
        .or(() -> Language.acceptedBy(rc.request().getHeader("Accept-Language")))
        .orElse(Language.EN);
  }

  private static Optional<Language> asked(RoutingContext rc) {
    List<String> lang = rc.queryParam("lang");
    return lang.isEmpty() ? Optional.empty() : Language.of(lang.get(0));
  }
}
