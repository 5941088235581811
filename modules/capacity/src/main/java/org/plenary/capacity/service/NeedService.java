package org.plenary.capacity.service;

import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.SqlConnection;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.plenary.capacity.api.CapacityEvents;
import org.plenary.capacity.domain.Need;
import org.plenary.capacity.domain.NeedContent;
import org.plenary.capacity.domain.Party;
import org.plenary.capacity.domain.Viewer;
import org.plenary.capacity.matching.OfferProfile;
import org.plenary.capacity.matching.Scored;
import org.plenary.capacity.store.NeedStore;
import org.plenary.platform.events.EventType;
import org.plenary.platform.events.Outbox;
import org.plenary.platform.failure.Failure;
import org.plenary.platform.identity.Participant;
import org.plenary.platform.search.SearchIndex;

/** Posting and changing needs; each write matches the need and tells the providers of its new best offers. */
public final class NeedService {

  private final Pool pool;
  private final NeedStore needs;
  private final References references;
  private final Matcher matcher;
  private final SearchIndex search;

  public NeedService(Pool pool, NeedStore needs, References references, Matcher matcher,
                     SearchIndex search) {
    this.pool = pool;
    this.needs = needs;
    this.references = references;
    this.matcher = matcher;
    this.search = search;
  }

  public Future<UUID> post(Participant author, ListingRequest request, Instant at) {
    Rules.mayPostNeed(author);
    Party state = Party.of(author.organization());
    NeedContent parsed = parse(state.id(), request.opened());
    return pool.withTransaction(conn -> resolve(conn, parsed)
        .compose(content -> needs.insert(conn, state.id(), author.id(), content, at).compose(id -> {
          Need need = new Need(id, state, author.id(), author.displayName(), content, Optional.empty(), at, at);
          return recordChange(conn, CapacityEvents.NEED_POSTED, need, List.of(), at).map(id);
        })));
  }

  public Future<Void> change(Viewer editor, UUID id, ListingRequest change, Instant at) {
    return pool.withTransaction(conn -> needs.lock(conn, id)
        .map(found -> requireVisible(found, editor, id))
        .compose(current -> {
          Rules.mayChange(editor, current.state(), "need");
          ListingRequest fields = change.over(ListingFields.of(current.content()));
          return resolve(conn, parse(current.state().id(), fields)).compose(content -> {
            Need changed = new Need(id, current.state(), current.authorId(), current.authorName(), content,
                current.matchedAt(), current.createdAt(), at);
            return needs.update(conn, id, content, at)
                .compose(v -> current.isOpen() ? matcher.offersFor(current, at)
                    : Future.succeededFuture(List.<Scored<OfferProfile>>of()))
                .compose(before -> recordChange(conn, CapacityEvents.NEED_CHANGED, changed, before, at));
          });
        }));
  }

  /** The need if {@code viewer} may see it; a restricted need is a 404 for everyone else. */
  public static Need requireVisible(Optional<Need> found, Viewer viewer, UUID id) {
    return found.filter(viewer::sees).orElseThrow(() -> notFound(id));
  }

  public static Failure notFound(UUID id) {
    return Failure.notFound("There is no need " + id + ", or it is not open to you.");
  }

  /** The event, the search document, and notices to the providers of the offers newly among the best. */
  private Future<Void> recordChange(SqlConnection conn, EventType type, Need need, List<Scored<OfferProfile>> before,
                                    Instant at) {
    JsonObject payload = new JsonObject().put("needId", need.id().toString()).put("stateId", need.state().id())
        .put("visibility", need.visibility().wire()).put("status", need.content().status().wire())
        .put("areas", new JsonArray(need.content().areas()));
    Future<Void> recorded = Outbox.record(conn, type, "capacity-need:" + need.id(), payload)
        .compose(v -> search.put(conn, SearchDocuments.of(need)));
    if (!need.isOpen()) {
      return recorded;
    }
    return recorded.compose(v -> matcher.offersFor(need, at))
        .compose(after -> MatchNotices.forNeed(conn, need, before, after));
  }

  /** The need's content from request fields; the requesting State is always among its beneficiaries. */
  private static NeedContent parse(String stateId, ListingRequest fields) {
    Set<String> regions = new LinkedHashSet<>(List.of(stateId));
    regions.addAll(ListingFields.strings(fields.regions()));
    return new NeedContent(ListingFields.title(fields), ListingFields.description(fields),
        ListingFields.strings(fields.areas()), List.copyOf(regions), List.of(), List.of(),
        ListingFields.languages(fields), ListingFields.modalities(fields), ListingFields.timeframe(fields),
        ListingFields.visibility(fields), ListingFields.status(fields));
  }

  /** Checks the areas and regions, and adds what matching compares: the States and their regional groups. */
  private Future<NeedContent> resolve(SqlConnection conn, NeedContent c) {
    return references.requireKnownAreas(conn, c.areas())
        .compose(ok -> references.regions(conn, c.regions()))
        .map(resolved -> new NeedContent(c.title(), c.description(), c.areas(), c.regions(), resolved.states(),
            resolved.groups(), c.languages(), c.modalities(), c.timeframe(), c.visibility(), c.status()));
  }
}
