package org.plenary.capacity.store;

import static org.plenary.platform.database.Columns.instant;
import static org.plenary.platform.database.Columns.optionalInstant;

import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.plenary.capacity.domain.Confirmations;
import org.plenary.capacity.domain.Engagement;
import org.plenary.capacity.domain.EngagementStatus;
import org.plenary.capacity.domain.EngagementStep;
import org.plenary.capacity.domain.ListingStatus;
import org.plenary.capacity.domain.Modality;
import org.plenary.capacity.domain.Need;
import org.plenary.capacity.domain.NeedContent;
import org.plenary.capacity.domain.Offer;
import org.plenary.capacity.domain.OfferContent;
import org.plenary.capacity.domain.Party;
import org.plenary.capacity.domain.Timeframe;
import org.plenary.capacity.domain.Visibility;
import org.plenary.capacity.matching.NeedProfile;
import org.plenary.capacity.matching.OfferProfile;
import org.plenary.capacity.matching.Profiles;
import org.plenary.platform.wire.WireEnum;

/** Rows of the capacity queries as domain objects and matching profiles. */
final class Rows {

  private Rows() {
  }

  static <T> List<T> all(RowSet<Row> rows, Function<Row, T> mapper) {
    List<T> items = new ArrayList<>(rows.size());
    rows.forEach(row -> items.add(mapper.apply(row)));
    return items;
  }

  static <T> Optional<T> first(RowSet<Row> rows, Function<Row, T> mapper) {
    return rows.size() == 0 ? Optional.empty() : Optional.of(mapper.apply(rows.iterator().next()));
  }

  static StatisticsStore.Figures figures(Row row) {
    return new StatisticsStore.Figures(row.getLong("needs"), row.getLong("open_needs"), row.getLong("matched_needs"),
        row.getDouble("median_days_to_agreement"), row.getLong("open_needs_without_offer"),
        row.getLong("open_offers"), counts(row, "by_area"), counts(row, "by_region"), counts(row, "engagements"));
  }

  /** A {@code jsonb} object of counts ({@code jsonb_object_agg}), key by key. */
  private static Map<String, Long> counts(Row row, String column) {
    Object value = row.getValue(column);
    JsonObject json = value instanceof JsonObject object ? object : new JsonObject(String.valueOf(value));
    Map<String, Long> counts = new LinkedHashMap<>();
    json.forEach(entry -> counts.put(entry.getKey(), ((Number) entry.getValue()).longValue()));
    return counts;
  }

  static Need need(Row row) {
    NeedContent content = new NeedContent(row.getString("title"), row.getString("description"),
        strings(row, "areas"), strings(row, "regions"), strings(row, "match_states"), strings(row, "match_groups"),
        strings(row, "languages"), modalities(row), timeframe(row),
        WireEnum.parse(Visibility.class, row.getString("visibility")),
        WireEnum.parse(ListingStatus.class, row.getString("status")));
    return new Need(row.getUUID("id"), party(row, "state"), row.getUUID("author_id"), row.getString("author_name"),
        content, optionalInstant(row, "matched_at"), instant(row, "created_at"), instant(row, "updated_at"));
  }

  static Offer offer(Row row) {
    OfferContent content = new OfferContent(row.getString("title"), row.getString("description"),
        strings(row, "areas"), strings(row, "regions"), strings(row, "languages"), modalities(row), timeframe(row),
        row.getInteger("capacity"), WireEnum.parse(ListingStatus.class, row.getString("status")));
    return new Offer(row.getUUID("id"), party(row, "provider"), row.getUUID("author_id"), row.getString("author_name"),
        content, row.getInteger("committed"), instant(row, "created_at"), instant(row, "updated_at"));
  }

  static Engagement engagement(Row row) {
    return new Engagement(row.getUUID("id"), row.getUUID("need_id"), row.getString("need_title"),
        WireEnum.parse(Visibility.class, row.getString("need_visibility")),
        row.getUUID("offer_id"), row.getString("offer_title"), party(row, "state"), party(row, "provider"),
        WireEnum.parse(Engagement.Side.class, row.getString("initiated_by")),
        WireEnum.parse(EngagementStatus.class, row.getString("status")), row.getDouble("score"),
        Optional.ofNullable(row.getString("message")), confirmations(row, "start", null),
        confirmations(row, "completion", "outcome"),
        instant(row, "proposed_at"), optionalInstant(row, "agreed_at"), optionalInstant(row, "started_at"),
        optionalInstant(row, "completed_at"), optionalInstant(row, "declined_at"), optionalInstant(row, "withdrawn_at"),
        instant(row, "updated_at"));
  }

  /** Each side's {@code <step>_confirmed_by_<side>_at}, with its {@code <side>_<note>} when the step has a note. */
  private static Confirmations confirmations(Row row, String step, String note) {
    return new Confirmations(confirmation(row, step, "state", note), confirmation(row, step, "provider", note));
  }

  private static Optional<Confirmations.Confirmation> confirmation(Row row, String step, String side, String note) {
    return optionalInstant(row, step + "_confirmed_by_" + side + "_at").map(at -> new Confirmations.Confirmation(at,
        note == null ? Optional.empty() : Optional.ofNullable(row.getString(side + "_" + note))));
  }

  static Engagement.Step step(Row row) {
    return new Engagement.Step(WireEnum.parse(EngagementStep.class, row.getString("step")),
        WireEnum.parse(EngagementStatus.class, row.getString("status")), instant(row, "at"),
        row.getString("actor_name"), party(row, "organization"), Optional.ofNullable(row.getString("note")));
  }

  static NeedProfile needProfile(Row row, Profiles profiles) {
    return profiles.need(row.getUUID("id"), row.getString("state_id"), row.getArrayOfStrings("areas"),
        row.getArrayOfStrings("languages"), row.getArrayOfStrings("match_states"),
        row.getArrayOfStrings("match_groups"), row.getArrayOfStrings("modalities"), row.getLocalDate("starts_on"),
        row.getLocalDate("ends_on"));
  }

  static OfferProfile offerProfile(Row row, Profiles profiles) {
    return profiles.offer(row.getUUID("id"), row.getString("organization_id"), row.getArrayOfStrings("areas"),
        row.getArrayOfStrings("languages"), row.getArrayOfStrings("regions"), row.getArrayOfStrings("modalities"),
        row.getLocalDate("starts_on"), row.getLocalDate("ends_on"), row.getInteger("capacity"),
        row.getInteger("committed"));
  }

  /** The organization whose columns are {@code <prefix>_name}, {@code _kind}, {@code _group}, or {@code <prefix>_id}. */
  private static Party party(Row row, String prefix) {
    String idColumn = row.getColumnIndex(prefix + "_id") >= 0 ? prefix + "_id" : "organization_id";
    return new Party(row.getString(idColumn), row.getString(prefix + "_name"), row.getString(prefix + "_kind"),
        Optional.ofNullable(row.getString(prefix + "_group")));
  }

  private static List<String> strings(Row row, String column) {
    return List.of(row.getArrayOfStrings(column));
  }

  private static List<Modality> modalities(Row row) {
    return Arrays.stream(row.getArrayOfStrings("modalities")).map(m -> WireEnum.parse(Modality.class, m)).toList();
  }

  private static Timeframe timeframe(Row row) {
    return new Timeframe(row.getLocalDate("starts_on"), row.getLocalDate("ends_on"));
  }
}
