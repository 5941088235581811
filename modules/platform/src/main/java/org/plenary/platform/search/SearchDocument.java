package org.plenary.platform.search;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One searchable thing, as the context that owns it describes it to the search index.
 *
 * @param id           unique across contexts: {@code thread:<uuid>}, {@code post:<id>}, {@code need:<id>}, ...
 * @param kind         what a searcher filters on: {@code thread}, {@code post}, {@code position}, {@code need}, {@code offer}
 * @param scope        the document whose access rules this one follows, usually its thread ({@code thread:<uuid>});
 *                     a document that stands alone is its own scope
 * @param topicId      the topic it belongs to, if any
 * @param title        its own title, if it has one (threads, needs, offers)
 * @param text         plain text, no markup: what is searched and what snippets are cut from
 * @param language     BCP 47 tag; chooses the stemming
 * @param audience     {@code public}, {@code participants}, {@code states} or {@code states-and-secretariat}: who
 *                     may find it (a context that adds an audience says who reads it through {@link SearchAudiences})
 * @param chathamHouse whether its author and organization are withheld from readers who may not see them
 * @param hidden       hidden by a moderator: found only by moderators and the Secretariat
 * @param authorId     the participant who wrote it
 * @param organizationId the organization it speaks for
 * @param href         the API address of the thing itself
 * @param tags         what it is about, shown with it: the norms ({@code norm-c}) of a report or a good practice
 */
public record SearchDocument(
    String id,
    String kind,
    String scope,
    String topicId,
    String title,
    String text,
    String language,
    String audience,
    boolean chathamHouse,
    boolean hidden,
    UUID authorId,
    String organizationId,
    Instant createdAt,
    String href,
    List<String> tags) {

  public SearchDocument {
    tags = List.copyOf(tags);
  }

  /** A document with no tags. */
  public SearchDocument(String id, String kind, String scope, String topicId, String title, String text,
                        String language, String audience, boolean chathamHouse, boolean hidden, UUID authorId,
                        String organizationId, Instant createdAt, String href) {
    this(id, kind, scope, topicId, title, text, language, audience, chathamHouse, hidden, authorId, organizationId,
        createdAt, href, List.of());
  }
}
