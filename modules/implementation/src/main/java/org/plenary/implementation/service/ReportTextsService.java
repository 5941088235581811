package org.plenary.implementation.service;

import io.vertx.core.Future;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.plenary.implementation.api.ReportTexts;
import org.plenary.implementation.api.TextWithHeadings;
import org.plenary.implementation.api.TextWithHeadings.Answer;
import org.plenary.implementation.api.TextWithHeadings.Part;
import org.plenary.implementation.domain.Answers;
import org.plenary.implementation.domain.GoodPractice;
import org.plenary.implementation.domain.Norm;
import org.plenary.implementation.domain.NormQuestion;
import org.plenary.implementation.export.CompilationLabels;
import org.plenary.platform.i18n.Language;
import org.plenary.platform.identity.Participant;

/**
 * {@link ReportTexts} through the readings the API makes ({@link ReportReading#published}, with its rules and
 * refusals; {@link GoodPracticeService#find}), the headings from the compilation's catalogue.
 */
public final class ReportTextsService implements ReportTexts {

  private final ReportReading reports;
  private final GoodPracticeService practices;

  public ReportTextsService(ReportReading reports, GoodPracticeService practices) {
    this.reports = reports;
    this.practices = practices;
  }

  @Override
  public Future<TextWithHeadings> publishedReport(String cycleId, String stateId, Optional<Participant> reader,
                                                  Language headingsIn) {
    CompilationLabels labels = new CompilationLabels(headingsIn);
    return reports.published(reader, cycleId, stateId).map(published -> new TextWithHeadings(
        published.version().language().wire(), published.version().version(),
        published.report().audience().orElseThrow().wire(), "", parts(published.version().answers(), labels)));
  }

  @Override
  public Future<TextWithHeadings> practice(UUID practiceId, Language headingsIn) {
    CompilationLabels labels = new CompilationLabels(headingsIn);
    return practices.find(Optional.empty(), practiceId).map(practice -> new TextWithHeadings(
        practice.language().wire(), 0, "public", practice.title(), parts(practice, labels)));
  }

  private static List<Part> parts(Answers answers, CompilationLabels labels) {
    List<Part> parts = new ArrayList<>();
    for (Map.Entry<Norm, Map<NormQuestion, String>> norm : answers.norms().entrySet()) {
      parts.add(new Part(labels.norm(norm.getKey()), norm.getValue().entrySet().stream()
          .map(answer -> new Answer(labels.question(answer.getKey()), answer.getValue())).toList()));
    }
    answers.sections().forEach((section, text) ->
        parts.add(new Part(labels.section(section), List.of(new Answer("", text)))));
    return parts;
  }

  private static List<Part> parts(GoodPractice practice, CompilationLabels labels) {
    List<Part> parts = new ArrayList<>();
    addIfGiven(parts, labels.text("practice.what"), practice.what());
    addIfGiven(parts, labels.text("practice.who"), practice.who());
    addIfGiven(parts, labels.text("practice.lessons"), practice.lessons());
    return parts;
  }

  private static void addIfGiven(List<Part> parts, String heading, String text) {
    if (text != null && !text.isBlank()) {
      parts.add(new Part(heading, List.of(new Answer("", text.strip()))));
    }
  }
}
