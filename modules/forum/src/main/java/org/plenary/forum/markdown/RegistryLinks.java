package org.plenary.forum.markdown;

import java.util.Map;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.plenary.platform.text.DocumentSymbol;

/**
 * Points the symbol links {@link UnDocumentSymbols} made to the document registry's pages for the documents it
 * holds. A pass of its own after parsing: the parsers are shared by every post, the registry's pages are not.
 */
final class RegistryLinks {

  private RegistryLinks() {
  }

  /** {@code pages}: canonical symbol to the registry page's address. */
  static void apply(Node document, Map<String, String> pages) {
    if (pages.isEmpty()) {
      return;
    }
    document.accept(new AbstractVisitor() {
      @Override
      public void visit(Link link) {
        if (link.getFirstChild() instanceof Text text && link.getFirstChild() == link.getLastChild()
            && link.getDestination().startsWith(UnDocumentSymbols.ODS)) {
          DocumentSymbol.tryParse(text.getLiteral()).map(symbol -> pages.get(symbol.text())).ifPresent(page -> {
            link.setDestination(page);
            link.setTitle("Document " + text.getLiteral() + " in the registry");
          });
        }
      }
    });
  }
}
