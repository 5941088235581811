package org.plenary.implementation.api;

import io.vertx.core.Future;
import java.util.List;
import java.util.Optional;
import org.plenary.platform.identity.Participant;
import org.plenary.platform.organizations.ActivityPage;
import org.plenary.platform.organizations.ActivityQuery;

/**
 * What a State reported and what an organization shared on implementing the norms, as other contexts (a country
 * profile) may show it to a reader, with the context's own rules: a report is read once published, and one
 * published for States only by the participants of States and the Secretariat (and its own State). Reports and
 * practices carry norms, not topics: a query's topic is not theirs to filter by.
 */
public interface NationalRecord {

  /** The State's published reports the reader may read, one per cycle, the latest published first. */
  Future<ActivityPage<ReportOnRecord>> reportsOf(ActivityQuery query, Optional<Participant> reader);

  /** The good practices the organization shared (read by everyone), the newest first. */
  Future<ActivityPage<PracticeOnRecord>> practicesOf(ActivityQuery query);

  /**
   * For each of {@code states} that answered on {@code norm} in a report the reader may read, its answers on it
   * in the latest such report; a State with none is left out.
   */
  Future<List<NormAnswers>> answersOn(String norm, List<String> states, Optional<Participant> reader);

  /** The latest {@code each} practices on {@code norm} of each of {@code organizations}, the newest first. */
  Future<List<PracticeOnRecord>> practicesOn(String norm, List<String> organizations, int each);
}
