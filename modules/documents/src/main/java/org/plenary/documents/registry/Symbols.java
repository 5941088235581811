package org.plenary.documents.registry;

import java.util.Map;
import org.plenary.platform.failure.Failure;
import org.plenary.platform.text.DocumentSymbol;

/** A symbol from a request: parsed, or the refusal that names its wrong part. */
public final class Symbols {

  private Symbols() {
  }

  /** {@code field} is where the symbol was given ("symbol" of the body, the query parameter "symbol"). */
  public static DocumentSymbol parse(String text, String field) {
    try {
      return DocumentSymbol.parse(text);
    } catch (DocumentSymbol.Malformed malformed) {
      throw Failure.invalid("malformed-symbol", "The document symbol is malformed",
          "The " + field + " '" + text + "' is not a UN document symbol: the " + malformed.part() + " is wrong. "
              + malformed.getMessage(), Map.of("part", malformed.part(), "field", field));
    }
  }
}
