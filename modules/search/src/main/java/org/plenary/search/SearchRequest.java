package org.plenary.search;

import io.vertx.sqlclient.Tuple;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.plenary.forum.api.ForumAccess;
import org.plenary.platform.failure.Failure;
import org.plenary.platform.http.Cursor;
import org.plenary.platform.http.RequestInput;
import org.plenary.platform.identity.Participant;
import org.plenary.platform.search.SearchAudiences;

/** A search as asked, with the reader's rights that decide what it may find. */
record SearchRequest(
    String query,
    boolean byTime,
    Set<String> audiences,
    boolean seesHidden,
    boolean seesEveryIdentity,
    Optional<Participant> reader,
    Optional<String> topic,
    Optional<String> kind,
    Optional<String> constituency,
    Optional<String> language,
    Optional<OffsetDateTime> from,
    Optional<OffsetDateTime> to,
    Optional<String> organization,
    Optional<String> regionalGroup,
    Optional<Cursor.Keys> after,
    int limit) {

  private static final UUID NOBODY = new UUID(0, 0);

  /** {@code audiences}: who finds the documents of the audiences other contexts add to the forum's. */
  static SearchRequest of(RequestInput in, Optional<Participant> reader, ForumAccess forum,
                          List<SearchAudiences> audiences) {
    boolean byTime = in.query("sort").map("recent"::equals).orElse(false);
    Optional<OffsetDateTime> from = in.query("from").map(OffsetDateTime::parse);
    Optional<OffsetDateTime> to = in.query("to").map(OffsetDateTime::parse);
    if (from.isPresent() && to.isPresent() && !to.get().isAfter(from.get())) {
      throw Failure.invalid("'to' must be after 'from'.");
    }
    Set<String> visible = new HashSet<>(forum.visibleAudiences(reader));
    audiences.forEach(more -> visible.addAll(more.of(reader)));
    return new SearchRequest(in.query("q").orElseThrow().trim(), byTime, Set.copyOf(visible),
        reader.map(Participant::isModeratorOrSecretariat).orElse(false),
        // Whether the reader sees who wrote a Chatham House text that is not their own.
        forum.seesIdentity(reader, true, NOBODY),
        reader, in.query("topic"), in.query("kind"), in.query("constituency"), in.query("language"), from, to,
        in.query("organization"), in.query("regionalGroup"), in.query("cursor").map(c -> Cursor.decode(c, byTime ? Cursor.Key.TIME : Cursor.Key.NUMBER, Cursor.Key.TEXT)),
        in.limit(20));
  }

  String text() {
    return query;
  }

  /** The page query's parameters, {@code tsquery} being the query as {@link SearchQueries#QUERY} reads it. */
  Tuple parameters(String tsquery, String headlineOptions) {
    Tuple tuple = Tuple.tuple()
        .addString(tsquery).addArrayOfString(audiences.toArray(String[]::new)).addBoolean(seesHidden)
        .addString(topic.orElse(null)).addString(kind.orElse(null)).addString(constituency.orElse(null))
        .addString(language.orElse(null)).addOffsetDateTime(from.orElse(null)).addOffsetDateTime(to.orElse(null))
        .addString(organization.orElse(null)).addString(regionalGroup.orElse(null)).addBoolean(seesEveryIdentity)
        .addUUID(reader.map(Participant::id).orElse(null));
    if (byTime) {
      tuple.addOffsetDateTime(after.map(keys -> keys.time(0)).orElse(null));
    } else {
      tuple.addFloat(after.map(keys -> (float) keys.number(0)).orElse(null));
    }
    return tuple.addString(after.map(keys -> keys.text(1)).orElse(null)).addInteger(limit + 1)
        .addString(headlineOptions);
  }
}
