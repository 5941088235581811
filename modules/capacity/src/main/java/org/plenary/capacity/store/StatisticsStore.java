package org.plenary.capacity.store;

import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Tuple;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The board's statistics, computed in PostgreSQL in one query. */
public final class StatisticsStore {

  private final Pool pool;

  public StatisticsStore(Pool pool) {
    this.pool = pool;
  }

  /** Counts over the needs the reader sees; each map of counts is keyed by area, regional group or status. */
  public record Figures(long needs, long openNeeds, long matchedNeeds, Double medianDaysToAgreement,
                        long openNeedsWithoutOffer, long openOffers, Map<String, Long> byArea,
                        Map<String, Long> byRegion, Map<String, Long> engagements) {
  }

  public Future<Figures> figures(boolean seesRestricted, NeedStore.Filter filter, List<String> servedRegions,
                                 LocalDate today) {
    boolean byRegion = servedRegions != null;
    Tuple params = Tuple.tuple().addBoolean(seesRestricted).addString(filter.area()).addString(filter.language())
        .addString(filter.region()).addLocalDate(today).addBoolean(byRegion)
        .addArrayOfString(byRegion ? Params.array(servedRegions) : new String[0]);
    return pool.preparedQuery(CapacityQueries.STATISTICS).execute(params)
        .map(rows -> Rows.figures(rows.iterator().next()));
  }
}
