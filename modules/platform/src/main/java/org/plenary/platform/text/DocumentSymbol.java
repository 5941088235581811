package org.plenary.platform.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.plenary.platform.wire.WireEnum;

/**
 * A United Nations document symbol taken apart: the issuing body ({@code A/AC.292}), the session or year
 * ({@code 2026}), the kind and number of the document ({@code 1}, {@code CRP.1}, {@code WP.2}, {@code L.3},
 * {@code INF/1}) and the chain of revisions, corrigenda and addenda after it ({@code /Rev.1}, {@code /Add.1/Corr.1}).
 * The forum links symbols it finds in posts with the same grammar ({@link SymbolsInText}) as the document registry
 * issues them, so a symbol the registry accepts is one a post links.
 *
 * @param body the body's segments joined by "/", upper case
 * @param chain the suffixes in the order written; each relation at most once
 */
public record DocumentSymbol(String body, String session, Kind kind, int number, List<Suffix> chain) {

  /** A symbol is short: the longest the registry takes. */
  public static final int MAX_LENGTH = 100;

  public DocumentSymbol {
    chain = List.copyOf(chain);
  }

  /** What the document is, by the part after the session. */
  public enum Kind implements WireEnum {
    /** A plain numbered document, {@code A/AC.292/2026/1}. */
    DOCUMENT(""),
    /** A conference room paper, {@code CRP.1}. */
    CONFERENCE_ROOM_PAPER("CRP."),
    /** A working paper, {@code WP.1}. */
    WORKING_PAPER("WP."),
    /** A limited-distribution document, draft proposals for action ({@code L.1}). */
    LIMITED("L."),
    /** An information document, {@code INF/1}. */
    INFORMATION("INF/");

    private final String prefix;

    Kind(String prefix) {
      this.prefix = prefix;
    }

    public String prefix() {
      return prefix;
    }
  }

  /** How a suffix relates the document to the symbol before it. */
  public enum Relation implements WireEnum {
    REVISES("Rev"), CORRECTS("Corr"), ADDS_TO("Add");

    private final String label;

    Relation(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }

    static Optional<Relation> labelled(String text) {
      for (Relation relation : values()) {
        if (relation.label.equalsIgnoreCase(text)) {
          return Optional.of(relation);
        }
      }
      return Optional.empty();
    }
  }

  /** {@code Rev.1}: a relation and its number. */
  public record Suffix(Relation relation, int number) {
    @Override
    public String toString() {
      return relation.label() + "." + number;
    }
  }

  /** Why a text is not a document symbol: the part that is wrong ({@code body}, {@code session}, ...) and how. */
  public static final class Malformed extends IllegalArgumentException {
    private final String part;

    Malformed(String part, String reason) {
      super(reason, null);
      this.part = part;
    }

    /** One of {@code symbol}, {@code body}, {@code session}, {@code kind}, {@code number}, {@code chain}. */
    public String part() {
      return part;
    }
  }

  /** Parses {@code text} (letters in any case; written back canonically) or throws {@link Malformed}. */
  public static DocumentSymbol parse(String text) {
    return new SymbolParser(text).parse();
  }

  /** The symbol, if {@code text} is one. */
  public static Optional<DocumentSymbol> tryParse(String text) {
    try {
      return Optional.of(parse(text));
    } catch (Malformed e) {
      return Optional.empty();
    }
  }

  /** The symbol written canonically: {@code A/AC.292/2026/CRP.1/Rev.1}. */
  public String text() {
    StringBuilder s = new StringBuilder(body).append('/').append(session).append('/').append(kind.prefix())
        .append(number);
    chain.forEach(suffix -> s.append('/').append(suffix));
    return s.toString();
  }

  @Override
  public String toString() {
    return text();
  }

  /** The symbol without its chain: the document every revision, corrigendum and addendum goes back to. */
  public DocumentSymbol base() {
    return new DocumentSymbol(body, session, kind, number, List.of());
  }

  /** How this document relates to an earlier one, if its symbol has a chain: its last suffix. */
  public Optional<Relation> relation() {
    return chain.isEmpty() ? Optional.empty() : Optional.of(chain.get(chain.size() - 1).relation());
  }

  /**
   * The document this one revises, corrects or adds to. {@code X/Rev.1} revises X and {@code X/Rev.2} revises
   * {@code X/Rev.1}; {@code X/Corr.2} corrects X (a second corrigendum of the same text) as {@code X/Add.2} adds to X.
   */
  public Optional<DocumentSymbol> predecessor() {
    if (chain.isEmpty()) {
      return Optional.empty();
    }
    List<Suffix> before = new ArrayList<>(chain.subList(0, chain.size() - 1));
    Suffix last = chain.get(chain.size() - 1);
    if (last.relation() == Relation.REVISES && last.number() > 1) {
      before.add(new Suffix(Relation.REVISES, last.number() - 1));
    }
    return Optional.of(new DocumentSymbol(body, session, kind, number, before));
  }

  /** The year of a four-digit session, the number of a session otherwise. */
  public boolean sessionIsYear() {
    return session.length() == 4;
  }

  static String upper(String text) {
    return text.toUpperCase(Locale.ROOT);
  }
}
