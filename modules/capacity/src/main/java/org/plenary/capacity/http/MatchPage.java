package org.plenary.capacity.http;

import java.util.List;
import java.util.UUID;
import org.plenary.capacity.matching.Scored;
import org.plenary.platform.http.Cursor;

/** A page of a ranking, after the (score, id) of a cursor. */
record MatchPage<P>(List<Scored<P>> items, String next) {

  static <P> MatchPage<P> of(List<Scored<P>> ranked, String cursor, int limit) {
    List<Scored<P>> rest = ranked;
    if (cursor != null) {
      Cursor.Keys keys = Cursor.decode(cursor, Cursor.Key.NUMBER, Cursor.Key.UUID);
      double score = keys.number(0);
      UUID id = keys.uuid(1);
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
