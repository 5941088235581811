package org.plenary.platform.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds United Nations document symbols in running text ({@code A/RES/73/266}, {@code A/AC.292/2026/CRP.1},
 * {@code S/RES/2341(2017)}): anything written like a symbol of a UN series, whether or not it is one the
 * document registry issues ({@link DocumentSymbol}); {@link Found#symbol()} says when it is.
 */
public final class SymbolsInText {

  /** A UN series prefix, then slash-separated parts; at least one digit somewhere, so "A/B testing" stays text. */
  private static final Pattern SYMBOL = Pattern.compile("(?<![\\w/])(?:" + String.join("|", SymbolParser.SERIES
      .stream().sorted((a, b) -> b.length() - a.length()).toList()) + ")(?:/[A-Za-z0-9][A-Za-z0-9.()\\-]*)+");

  private SymbolsInText() {
  }

  /** A symbol as written at {@code [start, end)} of the text. */
  public record Found(int start, int end, String text) {

    /** The registry's reading of it, when it is a symbol of its grammar. */
    public Optional<DocumentSymbol> symbol() {
      return DocumentSymbol.tryParse(text);
    }
  }

  /** The symbols in {@code text}, in order. */
  public static List<Found> find(String text) {
    List<Found> found = new ArrayList<>();
    Matcher matcher = SYMBOL.matcher(text);
    while (matcher.find()) {
      String symbol = trimTrailingPunctuation(matcher.group());
      if (symbol.chars().anyMatch(Character::isDigit)) {
        found.add(new Found(matcher.start(), matcher.start() + symbol.length(), symbol));
      }
    }
    return found;
  }

  /** A sentence's full stop or a closing bracket that opened before the symbol is not part of it. */
  private static String trimTrailingPunctuation(String symbol) {
    String trimmed = symbol;
    while (trimmed.endsWith(".") || trimmed.endsWith("-")
        || (trimmed.endsWith(")") && count(trimmed, '(') < count(trimmed, ')'))) {
      trimmed = trimmed.substring(0, trimmed.length() - 1);
    }
    return trimmed;
  }

  private static long count(String text, char c) {
    return text.chars().filter(ch -> ch == c).count();
  }
}
