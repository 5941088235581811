package org.plenary.drafts.api;

import io.vertx.core.Future;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.plenary.platform.identity.Participant;
import org.plenary.platform.organizations.ActivityPage;
import org.plenary.platform.organizations.ActivityQuery;

/**
 * What a State recorded on drafts, as other contexts (a country profile) may show it to a reader: with the
 * drafts' own rules, that is the forum's audience of the draft's thread, and under the Chatham House Rule the
 * State's entries only for those who may see them attributed (moderators, the Secretariat, the State itself).
 */
public interface StateStances {

  /**
   * The drafts in which the query's State holds a stance or a dissociation, the most recently recorded first,
   * each with its current stances and dissociation as {@code reader} may see them. Topic and norm filter the
   * drafts' threads, the days when the entries were recorded. The drafts the reader may not see are dropped
   * after reading, so a page may hold fewer than asked.
   */
  Future<ActivityPage<DraftRecord>> of(ActivityQuery query, Optional<Participant> reader);

  /**
   * One paragraph (in the latest version that has it) with each of {@code states}' stance and dissociation as
   * {@code reader} may see them, in the order given; fails with the forum's 404 (or 401/403) when the reader may
   * not read the draft, or a 404 when there is no such paragraph.
   */
  Future<ParagraphComparison> on(UUID paragraphId, List<String> states, Optional<Participant> reader);
}
