package org.plenary.forum.markdown;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.PostProcessor;
import org.plenary.platform.text.SymbolsInText;

/**
 * Links United Nations document symbols in text ({@code A/RES/73/266}, {@code A/AC.292/2025/CRP.1},
 * {@code A/C.1/73/L.27/Rev.1}, {@code S/RES/2341(2017)}) to the Official Document System, in the
 * post's language ({@link RegistryLinks} then points those the document registry holds to its pages). Text
 * already inside a link or code is left alone. Symbols are found as {@link SymbolsInText} finds them.
 */
final class UnDocumentSymbols implements PostProcessor {

  /** The Official Document System's address, before the language and the symbol. */
  static final String ODS = "https://docs.un.org/";

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
    int last = 0;
    Node cursor = text;
    boolean changed = false;
    for (SymbolsInText.Found found : SymbolsInText.find(literal)) {
      String symbol = found.text();
      int start = found.start();
      if (start > last) {
        cursor = insertAfter(cursor, new Text(literal.substring(last, start)));
      }
      Link link = new Link(ODS + language + "/" + symbol, "United Nations document " + symbol);
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
}
