package org.plenary.server.demo;

import io.vertx.core.Future;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.plenary.implementation.Implementation;
import org.plenary.implementation.domain.Answers;
import org.plenary.implementation.domain.Audience;
import org.plenary.implementation.domain.Norm;
import org.plenary.implementation.domain.NormQuestion;
import org.plenary.implementation.domain.ReportLanguage;
import org.plenary.implementation.domain.Section;
import org.plenary.implementation.service.OpenCycle;
import org.plenary.implementation.service.SaveReport;

/**
 * National reports of the demo: two reporting cycles, eleven States of the five regional groups publishing in
 * five languages, some to everyone and some to States only, France and Estonia in both cycles, and Malawi's
 * needs on norm (g) made a need on the capacity-building board; the reports published before the cycles' cut-off
 * dates, so the compilation of 2026 holds them all; and a dozen good practices ({@link GoodPracticesDemo}).
 */
final class ImplementationDemo {

  /** One report: who writes it, in which cycle and language, to whom it is published, on which norms. */
  private record Entry(String persona, String state, String cycle, ReportLanguage language, Audience audience,
                       String norms, String needsOn) {
  }

  private static final List<Entry> REPORTS = List.of(
      new Entry("delegate-fra", "FRA", "2025", ReportLanguage.FR, Audience.PUBLIC, "cfj", ""),
      new Entry("delegate-est", "EST", "2025", ReportLanguage.EN, Audience.PUBLIC, "abf", ""),
      new Entry("delegate-fra", "FRA", "2026", ReportLanguage.FR, Audience.PUBLIC, "cfgj", ""),
      new Entry("delegate-est", "EST", "2026", ReportLanguage.EN, Audience.PUBLIC, "abfhk", ""),
      new Entry("delegate-deu", "DEU", "2026", ReportLanguage.EN, Audience.PUBLIC, "efgi", ""),
      new Entry("delegate-rus", "RUS", "2026", ReportLanguage.RU, Audience.STATES, "abd", ""),
      new Entry("delegate-mwi", "MWI", "2026", ReportLanguage.EN, Audience.STATES, "fgh", "gh"),
      new Entry("delegate-ken", "KEN", "2026", ReportLanguage.EN, Audience.PUBLIC, "cgh", "g"),
      new Entry("delegate-egy", "EGY", "2026", ReportLanguage.AR, Audience.PUBLIC, "adg", "d"),
      new Entry("delegate-bra", "BRA", "2026", ReportLanguage.ES, Audience.PUBLIC, "ceg", ""),
      new Entry("delegate-mex", "MEX", "2026", ReportLanguage.ES, Audience.STATES, "fj", "j"),
      new Entry("delegate-idn", "IDN", "2026", ReportLanguage.EN, Audience.STATES, "bgik", "i"),
      new Entry("delegate-jpn", "JPN", "2026", ReportLanguage.EN, Audience.PUBLIC, "fgij", ""));

  private final Implementation implementation;
  private final DemoCast cast;

  ImplementationDemo(Implementation implementation, DemoCast cast) {
    this.implementation = implementation;
    this.cast = cast;
  }

  Future<Void> play() {
    Future<Void> done = cast.participant("secretariat").compose(secretariat -> implementation.cycles()
        .open(secretariat, new OpenCycle("2025", "Reporting cycle 2025", LocalDate.of(2025, 10, 31)), Instant.now())
        .compose(c -> implementation.cycles().open(secretariat,
            new OpenCycle("2026", "Reporting cycle 2026", LocalDate.of(2026, 10, 31)), Instant.now()))
        .mapEmpty());
    for (Entry entry : REPORTS) {
      done = done.compose(v -> publish(entry));
    }
    // Malawi's needs on norm (g) are on the capacity-building board, linked to its report.
    return done.compose(v -> cast.participant("delegate-mwi")).compose(malawi -> implementation.needs()
        .raise(malawi, "2026", "MWI", Norm.NORM_G, Instant.now()))
        .compose(v -> new GoodPracticesDemo(implementation.practices(), cast).play());
  }

  int reports() {
    return REPORTS.size();
  }

  /**
   * Each report is written, submitted and published in the October of its cycle, before the cut-off of 31
   * October: the compilation for the Secretary-General holds what was published by the cut-off, so a demo played
   * later than that still has a compilation of every report to export.
   */
  private Future<Void> publish(Entry entry) {
    Instant at = LocalDate.of(Integer.parseInt(entry.cycle()), 10, 1).atTime(9, 0).toInstant(ZoneOffset.UTC)
        .plus(Duration.ofHours(REPORTS.indexOf(entry)));
    return cast.participant(entry.persona()).compose(delegate -> implementation.reports()
        .save(delegate, new SaveReport(entry.cycle(), entry.state(), Optional.of(0), entry.language(),
            answers(entry)), at)
        .compose(d -> implementation.reports().submit(delegate, entry.cycle(), entry.state(), at.plusSeconds(60)))
        .compose(d -> implementation.reports().publish(delegate, entry.cycle(), entry.state(), entry.audience(),
            at.plusSeconds(120)))
        .mapEmpty());
  }

  private static Answers answers(Entry entry) {
    Map<Norm, Map<NormQuestion, String>> norms = new EnumMap<>(Norm.class);
    for (char letter : entry.norms().toCharArray()) {
      Norm norm = Norm.valueOf("NORM_" + Character.toUpperCase(letter));
      Map<NormQuestion, String> answers = new EnumMap<>(NormQuestion.class);
      answers.put(NormQuestion.UNDERSTANDING, ImplementationDemoTexts.understanding(entry.language(), letter));
      answers.put(NormQuestion.POLICY, ImplementationDemoTexts.policy(entry.language(), letter));
      answers.put(NormQuestion.INSTITUTIONS, ImplementationDemoTexts.institutions(entry.language()));
      answers.put(NormQuestion.CHALLENGES, ImplementationDemoTexts.challenges(entry.language()));
      if (entry.needsOn().indexOf(letter) >= 0) {
        answers.put(NormQuestion.NEEDS, ImplementationDemoTexts.needs(entry.language(), letter));
      }
      norms.put(norm, answers);
    }
    Map<Section, String> sections = new EnumMap<>(Section.class);
    sections.put(Section.INTERNATIONAL_LAW, ImplementationDemoTexts.internationalLaw(entry.language()));
    sections.put(Section.NATIONAL_EFFORTS, ImplementationDemoTexts.nationalEfforts(entry.language()));
    return new Answers(norms, sections);
  }
}
