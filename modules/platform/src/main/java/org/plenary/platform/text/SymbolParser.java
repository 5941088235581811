package org.plenary.platform.text;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.plenary.platform.text.DocumentSymbol.Kind;
import org.plenary.platform.text.DocumentSymbol.Malformed;
import org.plenary.platform.text.DocumentSymbol.Relation;
import org.plenary.platform.text.DocumentSymbol.Suffix;

/** Reads a symbol segment by segment, so that a refusal names the part that is wrong. */
final class SymbolParser {

  /** The series symbols of the principal organs and of the treaty bodies whose documents posts cite. */
  static final Set<String> SERIES = Set.of("A", "S", "E", "ST", "TD", "UNEP", "CCPR", "CRC", "CEDAW", "CERD", "DP",
      "UNW", "ICCD");
  private static final Pattern BODY_PART = Pattern.compile("[A-Z]{1,10}(\\.[1-9][0-9]{0,3})?");
  private static final Pattern NUMBER = Pattern.compile("[1-9][0-9]{0,3}");
  private static final Pattern PREFIXED = Pattern.compile("([A-Za-z]+)\\.(.*)");
  private static final Pattern ALLOWED = Pattern.compile("[A-Za-z0-9./]*");
  private static final int MAX_BODY_PARTS = 4;
  private static final int FIRST_YEAR = 1946;
  private static final int LAST_YEAR = 2100;

  private final String text;
  private String[] parts;
  private int at;

  SymbolParser(String text) {
    this.text = text;
  }

  DocumentSymbol parse() {
    checkCharacters();
    parts = text.split("/", -1);
    String body = body();
    String session = session(body);
    Kind kind = kind(session);
    int number = number(kind == Kind.INFORMATION ? parts[at++] : numberText(kind), "number", "The document number");
    return new DocumentSymbol(body, session, kind, number, chain());
  }

  private void checkCharacters() {
    if (text == null || text.isBlank()) {
      throw new Malformed("symbol", "A document symbol is required, such as A/AC.292/2026/1.");
    }
    if (text.length() > DocumentSymbol.MAX_LENGTH) {
      throw new Malformed("symbol", "A document symbol has at most " + DocumentSymbol.MAX_LENGTH + " characters.");
    }
    if (!ALLOWED.matcher(text).matches()) {
      int bad = 0;
      while (String.valueOf(text.charAt(bad)).matches("[A-Za-z0-9./]")) {
        bad++;
      }
      throw new Malformed("symbol", "A document symbol has only letters, digits, '.' and '/': '"
          + printable(text.charAt(bad)) + "' at position " + (bad + 1) + " is none of them.");
    }
    if (text.startsWith("/") || text.endsWith("/") || text.contains("//")) {
      throw new Malformed("symbol", "A document symbol has no empty part: no '/' at its start or end, no '//'.");
    }
  }

  private String body() {
    String series = DocumentSymbol.upper(parts[0]);
    if (!SERIES.contains(series)) {
      throw new Malformed("body", "A symbol begins with the series of a United Nations organ (A, S, E, ...), not '"
          + parts[0] + "'.");
    }
    StringBuilder body = new StringBuilder(series);
    at = 1;
    while (at < parts.length && !parts[at].chars().allMatch(Character::isDigit)) {
      String part = DocumentSymbol.upper(parts[at]);
      if (!BODY_PART.matcher(part).matches()) {
        throw new Malformed(at == 1 ? "body" : "session", "'" + parts[at] + "' is neither part of a body's symbol"
            + " (AC.292, C.1) nor a session or year (2026): the body " + body + " needs its session next.");
      }
      if (at == MAX_BODY_PARTS) {
        throw new Malformed("body", "The body " + body + "/" + part + "... has too many parts; a session or year"
            + " (2026) follows the body.");
      }
      body.append('/').append(part);
      at++;
    }
    if (at == parts.length) {
      throw new Malformed("session", "After the body " + body + " comes the session or year, then the document: "
          + body + "/2026/1.");
    }
    return body.toString();
  }

  private String session(String body) {
    String session = parts[at++];
    boolean year = session.length() == 4 && !session.startsWith("0")
        && Integer.parseInt(session) >= FIRST_YEAR && Integer.parseInt(session) <= LAST_YEAR;
    boolean numbered = session.length() <= 3 && NUMBER.matcher(session).matches();
    if (!year && !numbered) {
      throw new Malformed("session", "'" + session + "' after " + body + " is neither a year (" + FIRST_YEAR + "-"
          + LAST_YEAR + ") nor a session number (1-999).");
    }
    if (at == parts.length) {
      throw new Malformed("kind", "The symbol ends after its session; the document follows: " + body + "/" + session
          + "/1, .../CRP.1, .../WP.1, .../L.1 or .../INF/1.");
    }
    return session;
  }

  private Kind kind(String session) {
    String part = parts[at];
    if (NUMBER.matcher(part).matches() || part.chars().allMatch(Character::isDigit)) {
      return Kind.DOCUMENT;
    }
    if ("INF".equalsIgnoreCase(part)) {
      at++;
      if (at == parts.length) {
        throw new Malformed("number", "An information document's number follows INF: INF/1.");
      }
      return Kind.INFORMATION;
    }
    Matcher prefixed = PREFIXED.matcher(part);
    if (prefixed.matches()) {
      String prefix = DocumentSymbol.upper(prefixed.group(1)) + ".";
      for (Kind kind : Kind.values()) {
        if (kind != Kind.DOCUMENT && kind != Kind.INFORMATION && kind.prefix().equals(prefix)) {
          return kind;
        }
      }
    }
    throw new Malformed("kind", "'" + part + "' after the session " + session + " is not a kind of document: a"
        + " number (1), CRP.n (conference room paper), WP.n (working paper), L.n (limited) or INF/n (information).");
  }

  private String numberText(Kind kind) {
    String part = parts[at++];
    return kind == Kind.DOCUMENT ? part : part.substring(part.indexOf('.') + 1);
  }

  private List<Suffix> chain() {
    List<Suffix> chain = new ArrayList<>();
    Set<Relation> seen = EnumSet.noneOf(Relation.class);
    for (; at < parts.length; at++) {
      Matcher prefixed = PREFIXED.matcher(parts[at]);
      Relation relation = (prefixed.matches() ? Relation.labelled(prefixed.group(1)) : java.util.Optional.<Relation>empty())
          .orElseThrow(() -> new Malformed("chain", "'" + parts[at] + "' cannot follow the document's number: only"
              + " Rev.n (revision), Corr.n (corrigendum) and Add.n (addendum) do."));
      if (!seen.add(relation)) {
        throw new Malformed("chain", relation.label() + ". appears twice: a later " + relation.label() + ". is"
            + " numbered on the same symbol (" + relation.label() + ".2), not added after the first.");
      }
      chain.add(new Suffix(relation, number(prefixed.group(2), "chain", relation.label() + ".")));
    }
    return chain;
  }

  private static int number(String digits, String part, String what) {
    if (!NUMBER.matcher(digits).matches()) {
      throw new Malformed(part, what + " '" + digits + "' is not a number from 1 to 9999 (no leading zero).");
    }
    return Integer.parseInt(digits);
  }

  private static String printable(char c) {
    return Character.isISOControl(c) || Character.isWhitespace(c) ? String.format("U+%04X", (int) c) : String.valueOf(c);
  }
}
