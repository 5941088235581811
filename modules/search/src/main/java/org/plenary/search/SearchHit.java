package org.plenary.search;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A document of a page of matches, with what results show of it; who wrote it is here whatever the reader,
 * for {@link SearchResults} to show only where the thread API would. Nullable where the index allows it.
 *
 * @param rank      the relevance it was ranked by (by relevance), for the next page's cursor
 * @param sortTime  its time as the page was sorted (newest first), for the next page's cursor
 * @param plainText the start of its text, read only where PostgreSQL finds no words (Chinese)
 * @param headline  PostgreSQL's snippet, the matches between {@link Snippets}' markers
 * @param tags      what it is about (the norms of a report or a good practice)
 */
record SearchHit(String id, String kind, String scope, String topicId, String title, String language,
                 boolean chathamHouse, boolean hidden, UUID authorId, String organizationId, String constituency,
                 String regionalGroup, Instant createdAt, String href, Float rank, OffsetDateTime sortTime,
                 String scopeTitle, String scopeHref, String authorName, String authorUsername,
                 String organizationName, String plainText, String headline, List<String> tags) {
}
