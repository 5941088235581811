package org.plenary.summary.export;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.PostProcessor;
import org.plenary.platform.text.Bidi;

/**
 * Closes, at the end of each run of text, the bidirectional embeddings and isolates it opened, so a
 * summary's text (which quotes posts) cannot reorder what follows it in the page or the export.
 */
public final class BidiBalance extends AbstractVisitor implements PostProcessor {

  @Override
  public Node process(Node node) {
    node.accept(this);
    return node;
  }

  @Override
  public void visit(Text text) {
    text.setLiteral(Bidi.balanced(text.getLiteral()));
  }

  @Override
  public void visit(Code code) {
    code.setLiteral(Bidi.balanced(code.getLiteral()));
  }

  @Override
  public void visit(FencedCodeBlock block) {
    block.setLiteral(Bidi.balanced(block.getLiteral()));
  }

  @Override
  public void visit(IndentedCodeBlock block) {
    block.setLiteral(Bidi.balanced(block.getLiteral()));
  }
}
