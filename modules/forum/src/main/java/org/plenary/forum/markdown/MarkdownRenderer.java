package org.plenary.forum.markdown;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.text.TextContentRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;
import org.plenary.platform.text.BidiBalance;
import org.plenary.platform.text.SymbolsInText;

/**
 * Markdown to safe HTML. Raw HTML in the source is shown as text, unsafe link schemes are dropped by the
 * renderer, and the result is sanitised again with an allow-list policy, so no script, event handler or
 * {@code javascript:} URL survives even if one stage were wrong.
 */
public final class MarkdownRenderer {

  private static final Set<String> UN_LANGUAGES = Set.of("ar", "zh", "en", "fr", "ru", "es");
  private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create(), AutolinkExtension.create());

  private static final HtmlRenderer RENDERER = HtmlRenderer.builder()
      .extensions(EXTENSIONS)
      .escapeHtml(true)
      .sanitizeUrls(true)
      .build();

  private static final PolicyFactory POLICY = Sanitizers.BLOCKS
      .and(Sanitizers.FORMATTING)
      .and(Sanitizers.TABLES)
      .and(Sanitizers.LINKS)
      .and(new HtmlPolicyBuilder()
          .allowElements("pre", "hr")
          .allowAttributes("title").onElements("a")
          .allowAttributes("align").onElements("th", "td")
          .toFactory());

  private static final TextContentRenderer TEXT = TextContentRenderer.builder().extensions(EXTENSIONS).build();

  /** Parsers are thread-safe and costly to build: one per language, for the symbols' links. */
  private static final java.util.Map<String, Parser> PARSERS = UN_LANGUAGES.stream().collect(
      java.util.stream.Collectors.toUnmodifiableMap(l -> l, l -> Parser.builder().extensions(EXTENSIONS)
          .postProcessor(new UnDocumentSymbols(l)).postProcessor(new BidiBalance()).build()));
  private static final Parser PLAIN = Parser.builder().extensions(EXTENSIONS).build();

  private MarkdownRenderer() {
  }

  /** The text of {@code markdown} without its formatting, for analysis, search, snippets and plain-text e-mail. */
  public static String plainText(String markdown) {
    return TEXT.render(PLAIN.parse(markdown));
  }

  /** Renders {@code markdown}, linking UN document symbols to the documents in {@code language}. */
  public static String render(String markdown, String language) {
    return render(markdown, language, Map.of());
  }

  /**
   * Renders {@code markdown}, linking UN document symbols to the registry's pages of those in {@code registryPages}
   * (canonical symbol to address, from {@code forum.api.KnownDocuments}) and to the documents system in
   * {@code language} otherwise.
   */
  public static String render(String markdown, String language, Map<String, String> registryPages) {
    Parser parser = PARSERS.get(UN_LANGUAGES.contains(language) ? language : "en");
    Node document = parser.parse(markdown);
    RegistryLinks.apply(document, registryPages);
    return POLICY.sanitize(RENDERER.render(document));
  }

  /** The symbols of the registry's grammar in {@code markdown}, canonically written: what to ask the registry. */
  public static Set<String> registrySymbols(String markdown) {
    Set<String> symbols = new TreeSet<>();
    SymbolsInText.find(markdown).forEach(found -> found.symbol().ifPresent(symbol -> symbols.add(symbol.text())));
    return symbols;
  }
}
