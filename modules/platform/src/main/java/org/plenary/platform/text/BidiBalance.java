package org.plenary.platform.text;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.PostProcessor;

/**
 * A commonmark post-processor that closes, at the end of each run of text, the bidirectional embeddings and
 * isolates it opened ({@link Bidi#balanced}), so that Markdown a person wrote (a post, a summary quoting posts)
 * cannot reorder what the page or the export shows after it: the next post, its author, its date.
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
