package org.plenary.implementation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.plenary.implementation.domain.Answers;
import org.plenary.implementation.domain.Audience;
import org.plenary.implementation.domain.Compilation;
import org.plenary.implementation.domain.CompiledReport;
import org.plenary.implementation.domain.Cycle;
import org.plenary.implementation.domain.Norm;
import org.plenary.implementation.domain.NormQuestion;
import org.plenary.implementation.domain.Publication;
import org.plenary.implementation.domain.ReportLanguage;
import org.plenary.implementation.domain.ReportVersion;
import org.plenary.implementation.export.CompilationHtml;

@DisplayName("The compilation's order, annex and language marks, without a server")
class CompilationOrderTest {

  private static CompiledReport report(String id, String name, ReportLanguage language, Norm... norms) {
    Map<Norm, Map<NormQuestion, String>> answers = new java.util.EnumMap<>(Norm.class);
    for (Norm norm : norms) {
      answers.put(norm, Map.of(NormQuestion.UNDERSTANDING, name + " on " + norm.letter()));
    }
    return new CompiledReport(id, name, Optional.empty(), new Publication(1, Audience.PUBLIC, Instant.EPOCH),
        new ReportVersion(1, language, new Answers(answers, Map.of()), UUID.randomUUID(), "x", Instant.EPOCH));
  }

  @Test
  @DisplayName("States in English alphabetical order, accents folded: Côte d'Ivoire between Colombia and Cuba")
  void alphabetical() {
    Compilation compilation = new Compilation(new Cycle("c", "C", LocalDate.EPOCH, Instant.EPOCH), List.of(
        report("CUB", "Cuba", ReportLanguage.ES, Norm.NORM_A), report("CIV", "Côte d'Ivoire", ReportLanguage.FR),
        report("COL", "Colombia", ReportLanguage.ES, Norm.NORM_A, Norm.NORM_B)), Instant.EPOCH);
    assertEquals(List.of("COL", "CIV", "CUB"), compilation.reports().stream().map(CompiledReport::stateId).toList());
    assertEquals(2, compilation.statesOn(Norm.NORM_A));
    assertEquals(0, compilation.statesOn(Norm.NORM_K));
  }

  @Test
  @DisplayName("An Arabic report is marked right to left in the HTML; a State's markup stays text")
  void arabicAndMarkup() {
    Compilation compilation = new Compilation(new Cycle("c", "C", LocalDate.EPOCH, Instant.EPOCH), List.of(
        report("EGY", "Egypt <b>", ReportLanguage.AR, Norm.NORM_A)), Instant.EPOCH);
    String html = CompilationHtml.render(compilation);
    assertTrue(html.contains("lang=\"ar\" dir=\"rtl\""), html);
    assertFalse(html.contains("<b>"), html);
    assertTrue(html.contains("Egypt &lt;b&gt;"), html);
  }
}
