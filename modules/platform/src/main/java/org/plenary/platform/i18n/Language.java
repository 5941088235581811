package org.plenary.platform.i18n;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The six official languages of the United Nations, in the order of the UN's own lists (Arabic first). */
public enum Language {
  AR("ar", true),
  ZH("zh", false),
  EN("en", false),
  FR("fr", false),
  RU("ru", false),
  ES("es", false);

  private final String code;
  private final boolean rightToLeft;

  Language(String code, boolean rightToLeft) {
    this.code = code;
    this.rightToLeft = rightToLeft;
  }

  /** The ISO 639-1 code, as the API, the database and the catalogue file names spell it. */
  public String code() {
    return code;
  }

  public boolean isRightToLeft() {
    return rightToLeft;
  }

  public Locale locale() {
    return Locale.forLanguageTag(code);
  }

  /** The language of an ISO code or a language tag ("fr", "fr-CH", "zh-Hans"); empty for any other. */
  public static Optional<Language> of(String tag) {
    if (tag == null || tag.isBlank() || tag.length() > 35) {
      return Optional.empty();
    }
    String primary = Locale.forLanguageTag(tag.strip()).getLanguage();
    return Arrays.stream(values()).filter(language -> language.code.equals(primary)).findFirst();
  }

  /**
   * The first of the six an {@code Accept-Language} header asks for, by its weights; empty when it asks for none
   * of them or cannot be read (a malformed header is the browser's mistake, not a reason to refuse the request).
   */
  public static Optional<Language> acceptedBy(String acceptLanguage) {
    if (acceptLanguage == null || acceptLanguage.isBlank() || acceptLanguage.length() > 500) {
      return Optional.empty();
    }
    try {
      List<Locale.LanguageRange> ranges = Locale.LanguageRange.parse(acceptLanguage);
      return ranges.stream().filter(range -> range.getWeight() > 0)
          .map(range -> of(range.getRange())).flatMap(Optional::stream).findFirst();
    } catch (IllegalArgumentException unreadable) {
      return Optional.empty();
    }
  }
}
