package org.plenary.capacity.http;

import io.vertx.core.json.JsonArray;
import java.util.List;
import java.util.UUID;
import org.plenary.capacity.matching.Scored;
import org.plenary.platform.http.ApiProblem;
import org.plenary.platform.http.Cursor;

/** A page of a ranking, after the (score, id) of a cursor. */
record MatchPage<P>(List<Scored<P>> items, String next) {

  static <P> MatchPage<P> of(List<Scored<P>> ranked, String cursor, int limit) {
    List<Scored<P>> rest = ranked;
    if (cursor != null) {
      JsonArray keys = Cursor.decode(cursor, 2);
      double score;
      UUID id;
      try {
        score = keys.getDouble(0);
        id = UUID.fromString(keys.getString(1));
      } catch (RuntimeException e) {
        throw ApiProblem.badRequest("The cursor '" + cursor + "' is not one this list issued; start again without it.");
      }
      rest = ranked.stream().filter(scored -> scored.after(score, id)).toList();
    }
    List<Scored<P>> items = rest.size() > limit ? rest.subList(0, limit) : rest;
    Scored<P> last = items.isEmpty() ? null : items.get(items.size() - 1);
    return new MatchPage<>(items, rest.size() > limit ? Cursor.encode(last.score(), last.id().toString()) : null);
  }

  List<UUID> ids() {
    return items.stream().map(Scored::id).toList();
  }
}
