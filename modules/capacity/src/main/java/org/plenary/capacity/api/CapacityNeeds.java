package org.plenary.capacity.api;

import io.vertx.core.Future;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.plenary.platform.identity.Participant;

/**
 * What other contexts may do with the board: post a need for the author's State, as the board's own form does
 * (same rules, same matching), for example from a "needs" answer of a national report.
 */
public interface CapacityNeeds {

  /**
   * A need as another context drafts it: {@code areas} of the board's taxonomy, {@code languages} the engagement
   * may be held in; every modality is accepted and the need is read by States and providers.
   */
  record NeedDraft(String title, String description, List<String> areas, List<String> languages,
                   LocalDate startsOn, LocalDate endsOn) {
  }

  /** Posts the need for {@code author}'s State (a delegate of a State, or a refusal) and says its id. */
  Future<UUID> post(Participant author, NeedDraft draft, Instant at);
}
