package org.plenary.capacity.store;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import java.time.LocalDate;
import java.util.List;

/** The board's statistics, computed in PostgreSQL in one query. */
public final class StatisticsStore {

  private final Pool pool;

  public StatisticsStore(Pool pool) {
    this.pool = pool;
  }

  /** Counts over the needs the reader sees; each map of counts is keyed by area, regional group or status. */
  public record Figures(long needs, long openNeeds, long matchedNeeds, Double medianDaysToAgreement,
                        long openNeedsWithoutOffer, long openOffers, JsonObject byArea, JsonObject byRegion,
                        JsonObject engagements) {
  }

  public Future<Figures> figures(boolean seesRestricted, NeedStore.Filter filter, List<String> servedRegions,
                                 LocalDate today) {
    boolean byRegion = servedRegions != null;
    Tuple params = Tuple.tuple().addBoolean(seesRestricted).addString(filter.area()).addString(filter.language())
        .addString(filter.region()).addLocalDate(today).addBoolean(byRegion)
        .addArrayOfString(byRegion ? Params.array(servedRegions) : new String[0]);
    return pool.preparedQuery(CapacityQueries.STATISTICS).execute(params).map(rows -> {
      Row row = rows.iterator().next();
      return new Figures(row.getLong("needs"), row.getLong("open_needs"), row.getLong("matched_needs"),
          row.getDouble("median_days_to_agreement"), row.getLong("open_needs_without_offer"),
          row.getLong("open_offers"), json(row, "by_area"), json(row, "by_region"), json(row, "engagements"));
    });
  }

  private static JsonObject json(Row row, String column) {
    Object value = row.getValue(column);
    return value instanceof JsonObject json ? json : new JsonObject(String.valueOf(value));
  }
}
