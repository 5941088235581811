package org.plenary.capacity.service;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.sqlclient.SqlClient;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.Instant;
import java.util.List;
import org.plenary.capacity.domain.Need;
import org.plenary.capacity.domain.Offer;
import org.plenary.capacity.matching.NeedProfile;
import org.plenary.capacity.matching.OfferProfile;
import org.plenary.capacity.matching.Profiles;
import org.plenary.capacity.matching.Ranking;
import org.plenary.capacity.matching.Scored;
import org.plenary.capacity.store.NeedStore;
import org.plenary.capacity.store.OfferStore;

/**
 * Ranks matches on read, never from a stored copy. Why: a ranking depends on both sides and on every
 * engagement (remaining capacity), so a stored one would have to be rewritten for thousands of pairs
 * whenever an offer is agreed, edited or closed, and across server instances; computed on read it is
 * exact by construction. It stays fast because PostgreSQL hands over only the candidates that share a
 * language and an area (GIN indexes on the arrays), and Java scores those without allocating: about
 * 4 ms for a new need among 10,000 offers (bench/capacity/RESULTS.md). Scoring runs on a worker thread.
 */
public final class Matcher {

  private final Vertx vertx;
  private final NeedStore needs;
  private final OfferStore offers;
  private final Profiles profiles;

  public Matcher(Vertx vertx, NeedStore needs, OfferStore offers, Profiles profiles) {
    this.vertx = vertx;
    this.needs = needs;
    this.offers = offers;
    this.profiles = profiles;
  }

  public Profiles profiles() {
    return profiles;
  }

  /** The eligible open offers for {@code need}, best first. */
  public Future<List<Scored<OfferProfile>>> offersFor(SqlClient client, Need need, Instant now) {
    NeedProfile profile = profiles.need(need);
    return offers.matchable(client, need, today(now))
        .compose(candidates -> vertx.executeBlocking(() -> Ranking.offersFor(profile, candidates), false));
  }

  /** The eligible open needs for {@code offer} that the reader sees, best first. */
  public Future<List<Scored<NeedProfile>>> needsFor(SqlClient client, Offer offer, Instant now, boolean seesRestricted) {
    OfferProfile profile = profiles.offer(offer);
    return needs.matchable(client, offer, today(now), seesRestricted)
        .compose(candidates -> vertx.executeBlocking(() -> Ranking.needsFor(profile, candidates), false));
  }

  static LocalDate today(Instant now) {
    return LocalDate.ofInstant(now, ZoneOffset.UTC);
  }
}
