package org.plenary.forum.threads;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.plenary.platform.organizations.OrganizationKind;

/**
 * What a thread list shows of a thread's life: its last visible post and who wrote it, how many current
 * official positions it holds, and the States that spoke in it. Read with the list, in the same query.
 */
record ThreadActivity(Optional<LastPost> lastPost, int positionCount, List<String> statesThatSpoke) {

  /** The last post a reader sees (hidden ones are skipped), its author and the organization they spoke for. */
  record LastPost(Instant at, UUID authorId, String authorName, String organizationId, String organizationName,
                  OrganizationKind constituency) {
  }
}
