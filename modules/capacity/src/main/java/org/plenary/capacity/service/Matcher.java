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
 * Ranks matches on read, never from a stored ranking. Why: a ranking depends on both sides and on every
 * engagement (remaining capacity), so a stored one would have to be rewritten for thousands of pairs
 * whenever an offer is agreed, edited or closed, on every server instance; computed on read it is exact
 * by construction. It is fast because the offers side is scored from this server's copy of the
 * matchable offers ({@link OfferCopy}), brought up to date before each use, and the needs side from
 * PostgreSQL, which hands over only the open needs that share a language and an area with the offer (GIN
 * indexes on the arrays). Scoring runs on a worker thread. Figures in bench/capacity/RESULTS.md.
 */
public final class Matcher {

  private final Vertx vertx;
  private final NeedStore needs;
  private final OfferCopy offers;
  private final Profiles profiles;

  public Matcher(Vertx vertx, NeedStore needs, OfferStore offers, Profiles profiles) {
    this.vertx = vertx;
    this.needs = needs;
    this.offers = new OfferCopy(vertx, offers);
    this.profiles = profiles;
  }

  public Profiles profiles() {
    return profiles;
  }

  /** The eligible open offers for {@code need} that have not ended, best first. */
  public Future<List<Scored<OfferProfile>>> offersFor(Need need, Instant now) {
    NeedProfile profile = profiles.need(need);
    long today = today(now).toEpochDay();
    return offers.offers().compose(all -> vertx.executeBlocking(() -> Ranking.offersFor(profile,
        all.stream().filter(offer -> offer.endDay() >= today).toList()), false));
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
