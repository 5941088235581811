package org.plenary.platform.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.plenary.platform.text.DocumentSymbol.Kind;
import org.plenary.platform.text.DocumentSymbol.Malformed;
import org.plenary.platform.text.DocumentSymbol.Relation;

@DisplayName("UN document symbols: taken apart, written back, and refused naming the wrong part")
class DocumentSymbolTest {

  private static final List<String> BODIES = List.of("A/AC.292", "A", "A/C.1", "A/HRC", "E/CN.4", "S");
  private static final List<String> SESSIONS = List.of("2026", "73", "1", "1946");
  private static final List<String> DOCUMENTS = List.of("1", "CRP.1", "WP.12", "L.27", "INF/1", "9999");
  private static final List<String> CHAINS = List.of("", "/Rev.1", "/Corr.1", "/Add.1", "/Add.1/Corr.1",
      "/Rev.2/Add.3/Corr.1", "/Corr.2/Rev.1");

  /** Every body, session, document and chain above combined: 6 x 4 x 6 x 7 symbols. */
  static Stream<String> goodSymbols() {
    List<String> all = new ArrayList<>();
    for (String body : BODIES) {
      for (String session : SESSIONS) {
        for (String document : DOCUMENTS) {
          for (String chain : CHAINS) {
            all.add(body + "/" + session + "/" + document + chain);
          }
        }
      }
    }
    return all.stream();
  }

  @ParameterizedTest
  @MethodSource("goodSymbols")
  @DisplayName("A well-formed symbol parses and is written back as it was")
  void goodSymbolRoundTrips(String symbol) {
    assertEquals(symbol, DocumentSymbol.parse(symbol).text());
    assertEquals(symbol, DocumentSymbol.parse(symbol.toLowerCase()).text(), "letters in any case");
  }

  /** A good symbol spoiled in one part, and the part the refusal must name. */
  static Stream<Arguments> badSymbols() {
    List<Arguments> all = new ArrayList<>();
    for (String body : List.of("A/AC.292", "A/C.1")) {
      String base = body + "/2026/CRP.1";
      all.add(Arguments.of("", "symbol"));
      all.add(Arguments.of("   ", "symbol"));
      all.add(Arguments.of(base + " ", "symbol"));
      all.add(Arguments.of(base.replace("/", " / "), "symbol"));
      all.add(Arguments.of(base + "/", "symbol"));
      all.add(Arguments.of("/" + base, "symbol"));
      all.add(Arguments.of(base.replace("2026/", "2026//"), "symbol"));
      all.add(Arguments.of(base + "\u0000", "symbol"));
      all.add(Arguments.of(base.replace("CRP", "CRP\u00e9"), "symbol"));
      all.add(Arguments.of(base + "/Rev.1".repeat(20), "symbol"));
      all.add(Arguments.of("X" + base, "body"));
      all.add(Arguments.of("Q/" + base.substring(2), "body"));
      all.add(Arguments.of(body.replace(".", ".0") + "/2026/1", "body"));
      all.add(Arguments.of(body + "/AB/CD/EF/2026/1", "body"));
      all.add(Arguments.of(body + "/CRP.1", "session"));
      all.add(Arguments.of(body, "session"));
      all.add(Arguments.of(body + "/02026/1", "session"));
      all.add(Arguments.of(body + "/2101/1", "session"));
      all.add(Arguments.of(body + "/1945/1", "session"));
      all.add(Arguments.of(body + "/0/1", "session"));
      all.add(Arguments.of(body + "/2026", "kind"));
      all.add(Arguments.of(body + "/2026/XYZ.1", "kind"));
      all.add(Arguments.of(body + "/2026/Rev.1", "kind"));
      all.add(Arguments.of(body + "/2026/CRP1", "kind"));
      all.add(Arguments.of(body + "/2026/INF", "number"));
      all.add(Arguments.of(body + "/2026/0", "number"));
      all.add(Arguments.of(body + "/2026/01", "number"));
      all.add(Arguments.of(body + "/2026/CRP.", "number"));
      all.add(Arguments.of(body + "/2026/CRP.0", "number"));
      all.add(Arguments.of(body + "/2026/WP.10000", "number"));
      all.add(Arguments.of(body + "/2026/INF/x", "number"));
      all.add(Arguments.of(base + "/Rev.0", "chain"));
      all.add(Arguments.of(base + "/Rev.", "chain"));
      all.add(Arguments.of(base + "/Rev", "chain"));
      all.add(Arguments.of(base + "/Rev.1/Rev.2", "chain"));
      all.add(Arguments.of(base + "/Corr.1/Add.1/Corr.2", "chain"));
      all.add(Arguments.of(base + "/Summary.1", "chain"));
      all.add(Arguments.of(base + "/2", "chain"));
    }
    return all.stream();
  }

  @ParameterizedTest
  @MethodSource("badSymbols")
  @DisplayName("A malformed symbol is refused, naming the part that is wrong in a sentence")
  void badSymbolNamesItsPart(String symbol, String part) {
    Malformed refused = assertThrows(Malformed.class, () -> DocumentSymbol.parse(symbol));
    assertEquals(part, refused.part(), symbol + ": " + refused.getMessage());
    assertTrue(refused.getMessage().endsWith("."), refused.getMessage());
    assertEquals(Optional.empty(), DocumentSymbol.tryParse(symbol));
  }

  @Test
  @DisplayName("The parts of A/AC.292/2026/CRP.1/Rev.1, and its predecessor and base")
  void partsOfARevision() {
    DocumentSymbol rev = DocumentSymbol.parse("a/ac.292/2026/crp.1/rev.1");
    assertEquals("A/AC.292", rev.body());
    assertEquals("2026", rev.session());
    assertEquals(Kind.CONFERENCE_ROOM_PAPER, rev.kind());
    assertEquals(1, rev.number());
    assertEquals(Optional.of(Relation.REVISES), rev.relation());
    assertEquals("A/AC.292/2026/CRP.1", rev.predecessor().orElseThrow().text());
    assertEquals("A/AC.292/2026/CRP.1", rev.base().text());
    assertEquals(Optional.empty(), rev.base().predecessor());
  }

  @ParameterizedTest
  @CsvSource({
      "A/AC.292/2026/CRP.1/Rev.2, A/AC.292/2026/CRP.1/Rev.1, revises",
      "A/AC.292/2026/1/Add.1/Corr.1, A/AC.292/2026/1/Add.1, corrects",
      "A/AC.292/2026/1/Corr.2, A/AC.292/2026/1, corrects",
      "A/AC.292/2026/1/Add.2, A/AC.292/2026/1, adds-to",
      "A/AC.292/2026/L.1/Rev.1/Add.1, A/AC.292/2026/L.1/Rev.1, adds-to",
      "A/AC.292/2026/INF/1/Rev.3, A/AC.292/2026/INF/1/Rev.2, revises"})
  @DisplayName("Rev.N revises Rev.N-1 (Rev.1 the base); a corrigendum or addendum goes to what precedes it")
  void predecessors(String symbol, String predecessor, String relation) {
    DocumentSymbol parsed = DocumentSymbol.parse(symbol);
    assertEquals(predecessor, parsed.predecessor().orElseThrow().text());
    assertEquals(relation, parsed.relation().orElseThrow().wire());
  }

  @Test
  @DisplayName("Symbols in running text: found as written, the registry's reading only for those of its grammar")
  void symbolsInText() {
    List<SymbolsInText.Found> found = SymbolsInText.find("See A/RES/73/266, A/AC.292/2026/CRP.1/Rev.1. and"
        + " (S/RES/2341(2017)); A/B testing is not one, nor is A/AC.292/2026/CRP.0.");
    assertEquals(List.of("A/RES/73/266", "A/AC.292/2026/CRP.1/Rev.1", "S/RES/2341(2017)", "A/AC.292/2026/CRP.0"),
        found.stream().map(SymbolsInText.Found::text).toList());
    assertEquals(List.of(true, true, false, false), found.stream().map(f -> f.symbol().isPresent()).toList());
  }
}
