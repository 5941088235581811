package org.plenary.search;

import java.util.List;
import java.util.Optional;
import org.plenary.forum.api.ForumAccess;
import org.plenary.platform.http.Cursor;

/** A page of results as one reader may see it: authors and organizations only where the thread API shows them. */
final class SearchResults {

  private SearchResults() {
  }

  /** {@code hits}: the page and, if there is a next page, one more. */
  static SearchResult.Page page(List<SearchHit> hits, SearchRequest request, ForumAccess forum) {
    List<SearchHit> shown = hits.size() > request.limit() ? hits.subList(0, request.limit()) : hits;
    String next = null;
    if (hits.size() > request.limit()) {
      SearchHit last = shown.get(shown.size() - 1);
      next = request.byTime() ? Cursor.encode(last.sortTime().toString(), last.id())
          : Cursor.encode(last.rank(), last.id());
    }
    return new SearchResult.Page(shown.stream().map(hit -> result(hit, request, forum)).toList(),
        Optional.ofNullable(next));
  }

  private static SearchResult result(SearchHit hit, SearchRequest request, ForumAccess forum) {
    String snippet = hit.plainText() == null ? Snippets.fromHeadline(hit.headline())
        : Snippets.cjk(hit.plainText(), request.query(), hit.headline());
    Optional<SearchResult.Scope> in = hit.scopeTitle() == null ? Optional.empty()
        : Optional.of(new SearchResult.Scope(hit.scope(), hit.scopeTitle(), hit.scopeHref()));
    boolean seesWho = forum.seesIdentity(request.reader(), hit.chathamHouse(), hit.authorId());
    Optional<SearchResult.Author> author = Optional.ofNullable(hit.authorId()).filter(id -> seesWho)
        .map(id -> new SearchResult.Author(id, hit.authorName(), hit.authorUsername()));
    Optional<SearchResult.SpeaksFor> speaksFor = Optional.ofNullable(hit.organizationId()).filter(id -> seesWho)
        .map(id -> new SearchResult.SpeaksFor(id, hit.organizationName(), hit.constituency(), hit.regionalGroup()));
    return new SearchResult(hit.id(), hit.kind(), hit.href(), hit.language(), snippet, hit.createdAt(),
        Optional.ofNullable(hit.title()), Optional.ofNullable(hit.topicId()), Optional.ofNullable(hit.constituency()),
        in, hit.hidden(), author, speaksFor, hit.tags());
  }
}
