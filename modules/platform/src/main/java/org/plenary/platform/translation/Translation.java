package org.plenary.platform.translation;

import java.util.List;
import org.plenary.platform.i18n.Language;

/**
 * A machine translation: the text, which engine made it, and the languages it went through on its way
 * ({@code via}: English to French through Spanish, with engines that have no direct pair).
 */
public record Translation(String text, Language from, Language to, String engine, List<Language> via) {

  public Translation {
    via = List.copyOf(via);
  }
}
