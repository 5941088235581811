package org.plenary.capacity.service;

import org.plenary.capacity.domain.Need;
import org.plenary.capacity.domain.Offer;
import org.plenary.capacity.domain.Visibility;
import org.plenary.platform.search.SearchDocument;

/**
 * Needs and offers as the search index keeps them. A need for States and providers is found only by
 * those the search gives the {@code states} audience (States, intergovernmental organizations, those who
 * run the dialogue): the index knows no "providers", so it errs on the side of fewer readers. The text's
 * language is taken to be the first the listing names.
 */
final class SearchDocuments {

  static final String TOPIC = "needs-resources";

  private SearchDocuments() {
  }

  static SearchDocument of(Need need) {
    String id = "need:" + need.id();
    return new SearchDocument(id, "need", id, TOPIC, need.content().title(), need.content().description(),
        need.content().languages().get(0), need.visibility() == Visibility.PUBLIC ? "public" : "states", false, false,
        need.authorId(), need.state().id(), need.createdAt(), "/api/v1/capacity/needs/" + need.id());
  }

  static SearchDocument of(Offer offer) {
    String id = "offer:" + offer.id();
    return new SearchDocument(id, "offer", id, TOPIC, offer.content().title(), offer.content().description(),
        offer.content().languages().get(0), "public", false, false, offer.authorId(), offer.provider().id(),
        offer.createdAt(), "/api/v1/capacity/offers/" + offer.id());
  }
}
