package org.plenary.implementation.export;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import org.plenary.implementation.domain.Norm;
import org.plenary.implementation.domain.NormQuestion;
import org.plenary.implementation.domain.ReportLanguage;
import org.plenary.implementation.domain.Section;
import org.plenary.platform.i18n.Language;
import org.plenary.platform.i18n.Messages;

/**
 * The words of the compilation around the States' texts, in the language the compilation is asked in
 * ({@code i18n/compilation_<code>.properties}); each report stays in the language it was written in, named in the
 * compilation's language ({@code i18n/languages_<code>.properties}). Public for the headings of a report's
 * translation ({@code ReportTexts}), which are these.
 */
public final class CompilationLabels {

  private static final Messages MESSAGES = Messages.of("compilation");
  private static final Messages LANGUAGES = Messages.of("languages");

  private final Language language;

  public CompilationLabels(Language language) {
    this.language = language;
  }

  Language language() {
    return language;
  }

  public String text(String key) {
    return MESSAGES.text(language, key);
  }

  public String norm(Norm norm) {
    return MESSAGES.text(language, "norm", Map.of("letter", norm.letter(),
        "name", MESSAGES.text(language, "norm." + norm.letter())));
  }

  public String question(NormQuestion question) {
    return MESSAGES.text(language, "question." + key(question.name()));
  }

  public String section(Section section) {
    return MESSAGES.text(language, "section." + key(section.name()));
  }

  /** "Original language: French (fr)"; "Langue originale : français (fr)". */
  String language(ReportLanguage written) {
    return MESSAGES.text(language, "language", Map.of("language",
        LANGUAGES.text(language, "language." + written.wire()), "code", written.wire()));
  }

  String title(String cycleTitle) {
    return MESSAGES.text(language, "title", Map.of("cycle", cycleTitle));
  }

  String cutOff(LocalDate cutOff) {
    return MESSAGES.text(language, "cutOff", Map.of("date", cutOff.toString()));
  }

  /** The version is passed as text: a number would be written with the language's digits and grouping. */
  String published(int version, Instant at, String audience) {
    return MESSAGES.text(language, "states".equals(audience) ? "published.states" : "published.public",
        Map.of("version", String.valueOf(version), "date", at.toString().substring(0, 10)));
  }

  /** Whether a report's own text reads right to left. */
  static boolean rightToLeft(ReportLanguage written) {
    return written == ReportLanguage.AR;
  }

  private static String key(String enumName) {
    return enumName.toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
