package org.plenary.forum.markdown;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Markdown renders to safe HTML with UN document symbols linked")
class MarkdownRendererTest {

  @Test
  @DisplayName("Scripts, event handlers and javascript: links do not survive")
  void noActiveContent() {
    String html = MarkdownRenderer.render(
        "<script>alert(1)</script> <img src=x onerror=alert(1)> [x](javascript:alert(1)) [y](javascript:void) "
            + "<a href=\"javascript:alert(2)\">z</a> [w](JaVaScRiPt:alert`3`)", "en");
    assertFalse(html.contains("<script"), html);
    assertFalse(html.contains("<img"), html);
    assertFalse(html.toLowerCase().contains("href=\"javascript"), html);
    assertFalse(html.contains("onerror="), html);
    assertTrue(html.contains("&lt;script&gt;"), "raw HTML is shown as text: " + html);
  }

  @Test
  @DisplayName("Document symbols become links to the Official Document System in the post's language")
  void symbols() {
    String html = MarkdownRenderer.render(
        "Recalling A/RES/73/266, the report A/AC.292/2025/CRP.1 and draft A/C.1/73/L.27/Rev.1.", "fr");
    assertTrue(html.contains("href=\"https://docs.un.org/fr/A/RES/73/266\""), html);
    assertTrue(html.contains("href=\"https://docs.un.org/fr/A/AC.292/2025/CRP.1\""), html);
    assertTrue(html.contains("href=\"https://docs.un.org/fr/A/C.1/73/L.27/Rev.1\""), html);
    assertTrue(html.contains("Rev.1</a>."), "the sentence's full stop stays outside the link: " + html);
  }

  @Test
  @DisplayName("Symbols inside code or existing links, and look-alikes without digits, are left alone")
  void notSymbols() {
    String html = MarkdownRenderer.render("We ran A/B tests. `A/RES/1/1` and [see A/RES/2/2](https://example.org)", "en");
    assertFalse(html.contains("docs.un.org"), html);
  }

  @Test
  @DisplayName("Ordinary formatting, lists, tables and safe links are kept")
  void formatting() {
    String html = MarkdownRenderer.render("**Strong** and _em_\n\n- one\n- two\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n"
        + "[UN](https://www.un.org)", "en");
    assertTrue(html.contains("<strong>Strong</strong>"), html);
    assertTrue(html.contains("<li>one</li>"), html);
    assertTrue(html.contains("<table>"), html);
    assertTrue(html.contains("href=\"https://www.un.org\""), html);
  }
}
