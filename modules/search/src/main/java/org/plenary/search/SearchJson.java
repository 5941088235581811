package org.plenary.search;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;
import org.plenary.platform.http.Responses;

/** Results as {@code GET /search} answers them. */
final class SearchJson {

  private SearchJson() {
  }

  static JsonObject page(SearchResult.Page page) {
    JsonArray items = new JsonArray();
    page.items().forEach(result -> items.add(result(result)));
    return Responses.page(items, page.next().orElse(null));
  }

  /** A page, and the query's translations it also searched for ({@code alsoSearched}, none: an empty list). */
  static JsonObject page(SearchResult.Page page, List<QueryTranslations.AlsoSearched> also) {
    JsonArray searched = new JsonArray();
    also.forEach(term -> searched.add(new JsonObject().put("language", term.language().code())
        .put("query", term.query())));
    return page(page).put("alsoSearched", searched);
  }

  private static JsonObject result(SearchResult result) {
    JsonObject json = new JsonObject()
        .put("id", result.id())
        .put("kind", result.kind())
        .put("href", result.href())
        .put("language", result.language())
        .put("snippet", result.snippet())
        .put("createdAt", result.createdAt().toString());
    result.title().ifPresent(title -> json.put("title", title));
    result.topicId().ifPresent(topicId -> json.put("topicId", topicId));
    result.constituency().ifPresent(constituency -> json.put("constituency", constituency));
    result.in().ifPresent(in -> json.put("in", new JsonObject().put("id", in.id()).put("title", in.title())
        .put("href", in.href())));
    if (result.hidden()) {
      json.put("hidden", true);
    }
    result.author().ifPresent(author -> json.put("author", new JsonObject().put("id", author.id().toString())
        .put("name", author.name()).put("username", author.username())));
    result.speaksFor().ifPresent(org -> json.put("speaksFor", new JsonObject().put("id", org.id())
        .put("name", org.name()).put("kind", org.constituency()).put("regionalGroup", org.regionalGroup())));
    if (!result.tags().isEmpty()) {
      json.put("norms", new JsonArray(result.tags()));
    }
    return json;
  }
}
