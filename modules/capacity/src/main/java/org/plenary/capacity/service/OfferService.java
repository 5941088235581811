package org.plenary.capacity.service;

import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.SqlConnection;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.plenary.capacity.api.CapacityEvents;
import org.plenary.capacity.domain.Offer;
import org.plenary.capacity.domain.OfferContent;
import org.plenary.capacity.domain.Party;
import org.plenary.capacity.domain.Viewer;
import org.plenary.capacity.matching.NeedProfile;
import org.plenary.capacity.matching.Scored;
import org.plenary.capacity.store.OfferStore;
import org.plenary.platform.events.EventType;
import org.plenary.platform.events.Outbox;
import org.plenary.platform.failure.Failure;
import org.plenary.platform.identity.Participant;
import org.plenary.platform.search.SearchIndex;

/** Posting and changing offers; each write matches the offer and tells the States of its new best needs. */
public final class OfferService {

  private final Pool pool;
  private final OfferStore offers;
  private final References references;
  private final Matcher matcher;
  private final SearchIndex search;

  public OfferService(Pool pool, OfferStore offers, References references, Matcher matcher,
                      SearchIndex search) {
    this.pool = pool;
    this.offers = offers;
    this.references = references;
    this.matcher = matcher;
    this.search = search;
  }

  public Future<UUID> post(Participant author, ListingRequest request, Instant at) {
    Rules.mayPostOffer(author);
    Party provider = Party.of(author.organization());
    Viewer poster = new Viewer(Optional.of(author), true);
    OfferContent content = parse(request.opened());
    return pool.withTransaction(conn -> validate(conn, content)
        .compose(ok -> offers.insert(conn, provider.id(), author.id(), content, at)).compose(id -> {
          Offer offer = new Offer(id, provider, author.id(), author.displayName(), content, 0, at, at);
          return recordChange(conn, CapacityEvents.OFFER_POSTED, offer, poster, List.of(), at).map(id);
        }));
  }

  public Future<Void> change(Viewer editor, UUID id, ListingRequest change, Instant at) {
    Viewer provider = new Viewer(editor.participant(), true);
    return pool.withTransaction(conn -> offers.lock(conn, id)
        .map(found -> found.orElseThrow(() -> notFound(id)))
        .compose(current -> {
          Rules.mayChange(editor, current.provider(), "offer");
          OfferContent content = parse(change.over(ListingFields.of(current.content())));
          if (content.capacity() < current.committed()) {
            throw Failure.conflict(current.committed() + " engagements are already agreed on this offer; its capacity"
                + " cannot go below that.");
          }
          Offer changed = new Offer(id, current.provider(), current.authorId(), current.authorName(), content,
              current.committed(), current.createdAt(), at);
          return validate(conn, content)
              .compose(ok -> offers.update(conn, id, content, at))
              .compose(v -> current.isOpen() ? matcher.needsFor(conn, current, at, provider.seesRestrictedNeeds())
                  : Future.succeededFuture(List.<Scored<NeedProfile>>of()))
              .compose(before -> recordChange(conn, CapacityEvents.OFFER_CHANGED, changed, provider, before, at));
        }));
  }

  public static Failure notFound(UUID id) {
    return Failure.notFound("There is no offer " + id + ".");
  }

  /** The event, the search document, and notices to the States of the needs newly among the best. */
  private Future<Void> recordChange(SqlConnection conn, EventType type, Offer offer, Viewer provider,
                                    List<Scored<NeedProfile>> before, Instant at) {
    JsonObject payload = new JsonObject().put("offerId", offer.id().toString())
        .put("providerId", offer.provider().id()).put("status", offer.content().status().wire())
        .put("areas", new JsonArray(offer.content().areas()));
    Future<Void> recorded = Outbox.record(conn, type, "capacity-offer:" + offer.id(), payload)
        .compose(v -> search.put(conn, SearchDocuments.of(offer)));
    if (!offer.isOpen()) {
      return recorded;
    }
    return recorded.compose(v -> matcher.needsFor(conn, offer, at, provider.seesRestrictedNeeds()))
        .compose(after -> MatchNotices.forOffer(conn, offer, before, after));
  }

  private static OfferContent parse(ListingRequest fields) {
    return new OfferContent(ListingFields.title(fields), ListingFields.description(fields),
        ListingFields.strings(fields.areas()), ListingFields.strings(fields.regions()),
        ListingFields.languages(fields), ListingFields.modalities(fields), ListingFields.timeframe(fields),
        fields.capacity().orElseThrow(), ListingFields.status(fields));
  }

  private Future<Void> validate(SqlConnection conn, OfferContent content) {
    return references.requireKnownAreas(conn, content.areas())
        .compose(ok -> references.regions(conn, content.regions())).mapEmpty();
  }
}
