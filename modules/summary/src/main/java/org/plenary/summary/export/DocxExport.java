package org.plenary.summary.export;

import io.vertx.core.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.VerticalAlign;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHyperlinkRun;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.Link;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.plenary.platform.i18n.Language;
import org.plenary.platform.i18n.Messages;
import org.plenary.platform.text.BidiBalance;

/**
 * A summary as a Word document: a heading as an issued document has one (body, session, symbol, Chair's summary
 * or draft, thread and date), headings as Word headings, lists as indented paragraphs, and every citation of a
 * post as a short note at the end saying which post (linked to it), who (as the Chatham House Rule allows) and
 * when; a good practice cited is named in the text (its title and who shared it) and linked from a note.
 * Written on the Markdown's syntax tree; CPU-bound, run off the event loop.
 */
public final class DocxExport {

  private static final Messages MESSAGES = Messages.of("summary");
  private static final Parser PARSER = Parser.builder().postProcessor(new BidiBalance()).build();

  private static final Pattern CITATION = Pattern.compile("/threads/([0-9a-f-]{36})#post-(\\d+)");
  private static final Pattern PRACTICE = Pattern.compile("^/practices/[0-9a-fA-F-]{36}$");

  private DocxExport() {
  }

  /**
   * The document in {@code language}: its heading, notice, generated headings and notes in it, the summary's own
   * text as written. Citations are short notes listed at the end, each linking to its post at the platform's public
   * address (as footnotes, long addresses filled a third of the first page). Arabic reads right to left throughout.
   */
  public static byte[] render(DocumentHeading heading, String markdown, JsonObject citations, String publicUrl,
                              Language language) {
    try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      DocxStyles.addHeadings(document, language.isRightToLeft());
      DocxHeading.write(document, heading, language);
      XWPFRun notice = document.createParagraph().createRun();
      notice.setItalic(true);
      notice.setText(Notice.of(heading.status(), language));
      Writer writer = new Writer(document, citations, publicUrl, language, new ArrayList<>());
      writer.blocks(PARSER.parse(GeneratedHeadings.in(language, markdown)), 0);
      writer.listEndnotes();
      if (language.isRightToLeft()) {
        DocxRightToLeft.apply(document, language.code());
      }
      document.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A note: its link's words ("Post #12"), the address they link to, and what follows (", a State, 2026-03-01."). */
  private record Note(String label, String url, String rest) {
  }

  /** {@code endnotes}: the notes to list at the end, in order. */
  private record Writer(XWPFDocument document, JsonObject citations, String publicUrl, Language language,
                        List<Note> endnotes) {

    void listEndnotes() {
      if (endnotes.isEmpty()) {
        return;
      }
      XWPFParagraph heading = document.createParagraph();
      heading.setStyle("Heading2");
      heading.createRun().setText(MESSAGES.text(language, "notes"));
      for (int n = 0; n < endnotes.size(); n++) {
        Note note = endnotes.get(n);
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.createRun().setText("[" + (n + 1) + "] ");
        XWPFHyperlinkRun link = paragraph.createHyperlinkRun(note.url());
        link.setText(note.label());
        link.setUnderline(UnderlinePatterns.SINGLE);
        link.setColor("0563C1");
        if (!note.rest().isEmpty()) {
          paragraph.createRun().setText(note.rest());
        }
      }
    }

    private void note(XWPFParagraph paragraph, Note note) {
      endnotes.add(note);
      XWPFRun marker = paragraph.createRun();
      marker.setText("[" + endnotes.size() + "]");
      marker.setSubscript(VerticalAlign.SUPERSCRIPT);
    }

    void blocks(Node parent, int indent) {
      int number = 1;
      for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
        if (node instanceof Heading heading) {
          XWPFParagraph paragraph = document.createParagraph();
          paragraph.setStyle("Heading" + Math.min(3, heading.getLevel()));
          inlines(paragraph, heading, false, false);
        } else if (node instanceof Paragraph) {
          XWPFParagraph paragraph = document.createParagraph();
          paragraph.setIndentationLeft(indent * 360);
          inlines(paragraph, node, false, false);
        } else if (node instanceof BulletList || node instanceof OrderedList) {
          blocks(node, indent + 1);
        } else if (node instanceof ListItem item) {
          listItem(item, indent, parent instanceof OrderedList ? number++ + ". " : "• ");
        } else if (node instanceof BlockQuote) {
          blocks(node, indent + 1);
        }
      }
    }

    private void listItem(ListItem item, int indent, String marker) {
      Node first = item.getFirstChild();
      XWPFParagraph paragraph = document.createParagraph();
      paragraph.setIndentationLeft(indent * 360);
      paragraph.setIndentationHanging(240);
      paragraph.createRun().setText(marker);
      if (first instanceof Paragraph) {
        inlines(paragraph, first, false, false);
        first = first.getNext();
      }
      for (Node rest = first; rest != null; rest = rest.getNext()) {
        if (rest instanceof Paragraph) {
          XWPFParagraph continuation = document.createParagraph();
          continuation.setIndentationLeft((indent + 1) * 360);
          inlines(continuation, rest, false, false);
        } else if (rest instanceof BulletList || rest instanceof OrderedList) {
          blocks(rest, indent + 1);
        }
      }
    }

    private void inlines(XWPFParagraph paragraph, Node parent, boolean bold, boolean italic) {
      for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
        if (node instanceof Text text) {
          run(paragraph, text.getLiteral(), bold, italic);
        } else if (node instanceof Code code) {
          XWPFRun run = run(paragraph, code.getLiteral(), bold, italic);
          run.setFontFamily("Courier New");
        } else if (node instanceof StrongEmphasis) {
          inlines(paragraph, node, true, italic);
        } else if (node instanceof Emphasis) {
          inlines(paragraph, node, bold, true);
        } else if (node instanceof SoftLineBreak) {
          run(paragraph, " ", bold, italic);
        } else if (node instanceof HardLineBreak) {
          paragraph.createRun().addBreak();
        } else if (node instanceof Link link) {
          link(paragraph, link, bold, italic);
        }
      }
    }

    private void link(XWPFParagraph paragraph, Link link, boolean bold, boolean italic) {
      Matcher citation = CITATION.matcher(link.getDestination());
      if (citation.find()) {
        note(paragraph, citation(citation.group(1), citation.group(2)));
      } else if (PRACTICE.matcher(link.getDestination()).matches()) {
        inlines(paragraph, link, bold, italic);
        note(paragraph, new Note(MESSAGES.text(language, "note.practice"), publicUrl + link.getDestination(), ""));
      } else {
        inlines(paragraph, link, bold, italic);
        run(paragraph, " (" + link.getDestination() + ")", bold, italic);
      }
    }

    private Note citation(String threadId, String postId) {
      JsonObject cited = citations.getJsonObject(postId, new JsonObject());
      String url = publicUrl + "/threads/" + threadId + "#post-" + postId;
      String post = MESSAGES.text(language, "note.post", Map.of("seq", String.valueOf(cited.getValue("seq", postId))));
      return new Note(post, url, (cited.containsKey("by") ? ", " + cited.getString("by") : "")
          + (cited.containsKey("at") ? ", " + cited.getString("at").substring(0, 10) : "") + ".");
    }

    private XWPFRun run(XWPFParagraph paragraph, String text, boolean bold, boolean italic) {
      XWPFRun run = paragraph.createRun();
      run.setText(text);
      run.setBold(bold);
      run.setItalic(italic);
      return run;
    }
  }
}
