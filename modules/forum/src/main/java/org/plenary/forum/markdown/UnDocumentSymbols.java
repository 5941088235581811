package org.plenary.forum.markdown;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.PostProcessor;

/**
 * Links United Nations document symbols in text ({@code A/RES/73/266}, {@code A/AC.292/2025/CRP.1},
 * {@code A/C.1/73/L.27/Rev.1}, {@code S/RES/2341(2017)}) to the Official Document System, in the
 * post's language. Text already inside a link or code is left alone.
 */
final class UnDocumentSymbols implements PostProcessor {

  /** A UN body prefix, then slash-separated parts; at least one digit somewhere, so "A/B testing" stays text. */
  private static final Pattern SYMBOL = Pattern.compile(
      "(?<![\\w/])(?:A|S|E|ST|TD|UNEP|CCPR|CRC|CEDAW|CERD|DP|UNW|ICCD)(?:/[A-Za-z0-9][A-Za-z0-9.()\\-]*)+");

  private final String language;

  UnDocumentSymbols(String language) {
    this.language = language;
  }

  @Override
  public Node process(Node document) {
    document.accept(new AbstractVisitor() {
      @Override
      public void visit(Link link) {
        // Do not descend: the text of an existing link stays as written.
      }

      @Override
      public void visit(Text text) {
        linkSymbols(text);
      }
    });
    return document;
  }

  private void linkSymbols(Text text) {
    String literal = text.getLiteral();
    Matcher matcher = SYMBOL.matcher(literal);
    int last = 0;
    Node cursor = text;
    boolean changed = false;
    while (matcher.find()) {
      String symbol = trimTrailingPunctuation(matcher.group());
      if (!symbol.matches(".*\\d.*")) {
        continue;
      }
      int start = matcher.start();
      if (start > last) {
        cursor = insertAfter(cursor, new Text(literal.substring(last, start)));
      }
      Link link = new Link("https://docs.un.org/" + language + "/" + symbol, "United Nations document " + symbol);
      link.appendChild(new Text(symbol));
      cursor = insertAfter(cursor, link);
      last = start + symbol.length();
      changed = true;
    }
    if (!changed) {
      return;
    }
    if (last < literal.length()) {
      insertAfter(cursor, new Text(literal.substring(last)));
    }
    text.unlink();
  }

  private static Node insertAfter(Node anchor, Node node) {
    anchor.insertAfter(node);
    return node;
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
