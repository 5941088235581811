package org.plenary.summary.domain;

import java.util.UUID;

/** What a change of a summary decides on, read under the summary's row lock. */
public record SummaryState(UUID id, UUID threadId, SummaryStatus status, int version, boolean chathamHouse) {
}
