package org.plenary.summary.generate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Sentences and terms in the six UN languages: sentences by the JDK's locale-aware break iterator,
 * terms by Lucene's analyzer for the language (stemming, stop words; overlapping bigrams for Chinese).
 * Analyzers are thread-safe and reused.
 */
final class TextAnalysis {

  private static final Map<String, Analyzer> ANALYZERS = Map.of(
      "en", new EnglishAnalyzer(),
      "fr", new FrenchAnalyzer(),
      "es", new SpanishAnalyzer(),
      "ru", new RussianAnalyzer(),
      "ar", new ArabicAnalyzer(),
      "zh", new CJKAnalyzer());

  private TextAnalysis() {
  }

  /** The primary language subtag, when it is one of ours; English otherwise. */
  static String language(String tag) {
    String primary = tag == null ? "en" : tag.toLowerCase(Locale.ROOT).split("-")[0];
    return ANALYZERS.containsKey(primary) ? primary : "en";
  }

  /** Sentences of {@code text} exactly as written (each a substring of the text), trimmed. */
  static List<String> sentences(String text, String language) {
    List<String> sentences = new ArrayList<>();
    BreakIterator breaks = BreakIterator.getSentenceInstance(Locale.forLanguageTag(language(language)));
    for (String line : text.split("\\R")) {
      breaks.setText(line);
      int start = breaks.first();
      for (int end = breaks.next(); end != BreakIterator.DONE; start = end, end = breaks.next()) {
        String sentence = line.substring(start, end).strip();
        if (!sentence.isEmpty()) {
          sentences.add(sentence);
        }
      }
    }
    return sentences;
  }

  /** The analysed terms of a sentence. */
  static List<String> terms(String sentence, String language) {
    List<String> terms = new ArrayList<>();
    try (TokenStream stream = ANALYZERS.get(language(language)).tokenStream("text", sentence)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        terms.add(term.toString());
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return terms;
  }
}
