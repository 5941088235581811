package org.plenary.profiles;

import java.util.Optional;
import java.util.Set;
import org.plenary.capacity.api.ListingOnRecord;
import org.plenary.drafts.api.DraftRecord;
import org.plenary.forum.api.ThreadPositions;
import org.plenary.implementation.api.PracticeOnRecord;
import org.plenary.implementation.api.ReportOnRecord;
import org.plenary.platform.organizations.ActivityPage;
import org.plenary.platform.organizations.Organization;

/**
 * A State's country profile as one reader may see it: a page of each section asked for (all of them, or the one
 * whose next page was asked), and the sections the filter left out because their records do not carry it.
 */
public record Profile(Organization state, Optional<ActivityPage<ThreadPositions>> positions,
                      Optional<ActivityPage<DraftRecord>> drafts, Optional<ActivityPage<ReportOnRecord>> reports,
                      Optional<ActivityPage<PracticeOnRecord>> practices,
                      Optional<ActivityPage<ListingOnRecord>> needs, Optional<ActivityPage<ListingOnRecord>> offers,
                      Set<Section> notFiltered) {

  public Profile {
    notFiltered = Set.copyOf(notFiltered);
  }
}
