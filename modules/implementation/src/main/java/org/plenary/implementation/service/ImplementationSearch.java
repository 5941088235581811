package org.plenary.implementation.service;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.plenary.implementation.domain.Answers;
import org.plenary.implementation.domain.Audience;
import org.plenary.implementation.domain.Norm;
import org.plenary.implementation.domain.ReportVersion;
import org.plenary.implementation.domain.SharePractice;
import org.plenary.platform.identity.Participant;
import org.plenary.platform.search.SearchAudiences;
import org.plenary.platform.search.SearchDocument;

/**
 * National reports and good practices as the search index keeps them. A report is found as its State last published
 * it (one document per State and cycle, replaced at each publication), by the readers who may read it: a report
 * published for States has an audience of its own, {@link #STATES_AND_SECRETARIAT}, which {@link #AUDIENCES} gives
 * to those {@link ReportRules#readsStatesReports} names. A good practice is public. Neither names a person: a report
 * and a practice speak for the organization. V111 indexed those written before this class existed, in the same form.
 */
public final class ImplementationSearch {

  public static final String STATES_AND_SECRETARIAT = "states-and-secretariat";

  /** Who finds the reports published for States only; everyone finds the public ones and the practices. */
  public static final SearchAudiences AUDIENCES = reader -> ReportRules.readsStatesReports(reader)
      ? Set.of(STATES_AND_SECRETARIAT) : Set.of();

  private ImplementationSearch() {
  }

  static String reportId(String cycleId, String stateId) {
    return "report:" + cycleId + ":" + stateId;
  }

  static SearchDocument report(String cycleId, String cycleTitle, Participant publisher, ReportVersion version,
                               Audience audience, Instant publishedAt) {
    String id = reportId(cycleId, publisher.organization().id());
    String stateId = publisher.organization().id();
    return new SearchDocument(id, "report", id, null, publisher.organization().name() + ": " + cycleTitle,
        text(version.answers()), version.language().wire(),
        audience == Audience.PUBLIC ? "public" : STATES_AND_SECRETARIAT, false, false, null, stateId, publishedAt,
        "/api/v1/reporting-cycles/" + cycleId + "/reports/" + stateId,
        version.answers().normsAnswered().stream().map(Norm::wire).toList());
  }

  static SearchDocument practice(UUID id, Participant sharer, SharePractice practice, Instant sharedAt) {
    String documentId = "good-practice:" + id;
    String text = Stream.of(practice.what(), practice.who(), practice.lessons())
        .filter(part -> part != null && !part.isBlank()).collect(Collectors.joining("\n"));
    return new SearchDocument(documentId, "good-practice", documentId, null, practice.title(), text,
        practice.language().wire(), "public", false, false, null, sharer.organization().id(), sharedAt,
        "/api/v1/good-practices/" + id, practice.norms().stream().map(Norm::wire).toList());
  }

  /** Every answer, norm by norm in the order of paragraph 13, then the sections. */
  private static String text(Answers answers) {
    return Stream.concat(answers.norms().values().stream().flatMap(given -> given.values().stream()),
        answers.sections().values().stream()).collect(Collectors.joining("\n"));
  }
}
