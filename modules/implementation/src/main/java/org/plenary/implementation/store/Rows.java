package org.plenary.implementation.store;

import static org.plenary.platform.database.Columns.instant;
import static org.plenary.platform.database.Columns.optionalInstant;

import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.plenary.forum.api.CitedPractices;
import org.plenary.implementation.domain.Answers;
import org.plenary.implementation.domain.AnswersJson;
import org.plenary.implementation.domain.Audience;
import org.plenary.implementation.domain.CompiledReport;
import org.plenary.implementation.domain.CoverageCount;
import org.plenary.implementation.domain.Cycle;
import org.plenary.implementation.domain.GoodPractice;
import org.plenary.implementation.domain.ListedReport;
import org.plenary.implementation.domain.NeedLink;
import org.plenary.implementation.domain.Norm;
import org.plenary.implementation.domain.PracticeMark;
import org.plenary.implementation.domain.Publication;
import org.plenary.implementation.domain.Report;
import org.plenary.implementation.domain.ReportLanguage;
import org.plenary.implementation.domain.ReportVersion;
import org.plenary.platform.organizations.OrganizationKind;
import org.plenary.platform.organizations.RegionalGroup;
import org.plenary.platform.wire.WireEnum;

/** Rows of the implementation queries as domain records, and the answers as a version keeps them. */
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

  static Cycle cycle(Row row) {
    return new Cycle(row.getString("id"), row.getString("title"), row.getLocalDate("cut_off"),
        instant(row, "opened_at"));
  }

  static Report report(Row row) {
    return new Report(row.getUUID("id"), row.getString("cycle_id"), row.getString("state_id"),
        row.getInteger("latest_version"), Optional.ofNullable(row.getInteger("submitted_version")),
        Optional.ofNullable(row.getInteger("published_version")),
        Optional.ofNullable(row.getString("audience")).map(a -> WireEnum.parse(Audience.class, a)),
        optionalInstant(row, "published_at"), instant(row, "created_at"), instant(row, "updated_at"));
  }

  static ReportVersion version(Row row) {
    return new ReportVersion(row.getInteger("version"), language(row),
        AnswersJson.answers((JsonObject) row.getValue("answers")), row.getUUID("saved_by"),
        row.getString("saved_by_name"), instant(row, "saved_at"));
  }

  static Publication publication(Row row) {
    return new Publication(row.getInteger("version"), WireEnum.parse(Audience.class, row.getString("audience")),
        instant(row, "published_at"));
  }

  static ListedReport listed(Row row) {
    return new ListedReport(report(row), row.getString("state_name"), group(row), language(row),
        Arrays.stream(row.getArrayOfStrings("norms")).map(n -> WireEnum.parse(Norm.class, n)).sorted().toList(),
        row.getInteger("answer_count"));
  }

  static CompiledReport compiled(Row row) {
    return new CompiledReport(row.getString("state_id"), row.getString("state_name"), group(row),
        new Publication(row.getInteger("version"), WireEnum.parse(Audience.class, row.getString("audience")),
            instant(row, "published_at")), version(row));
  }

  static CitedPractices.CitedPractice cited(Row row) {
    return new CitedPractices.CitedPractice(row.getUUID("id"), row.getString("title"),
        row.getString("organization_name"));
  }

  static GoodPractice practice(Row row) {
    return new GoodPractice(row.getUUID("id"), row.getString("organization_id"), row.getString("organization_name"),
        OrganizationKind.fromWire(row.getString("organization_kind")), row.getString("title"), row.getString("what"),
        row.getString("who"), row.getString("lessons"), List.of(row.getArrayOfStrings("links")), language(row),
        Arrays.stream(row.getArrayOfStrings("norms")).map(n -> WireEnum.parse(Norm.class, n)).sorted().toList(),
        Arrays.stream(row.getArrayOfStrings("regions")).map(RegionalGroup::fromWire).sorted().toList(),
        instant(row, "shared_at"), row.getLong("endorsements").intValue(), row.getLong("useful").intValue(),
        Arrays.stream(row.getArrayOfStrings("reader_marks")).map(m -> WireEnum.parse(PracticeMark.class, m))
            .collect(java.util.stream.Collectors.toUnmodifiableSet()), List.of());
  }

  static NeedLink need(Row row) {
    return new NeedLink(WireEnum.parse(Norm.class, row.getString("norm")), row.getUUID("need_id"),
        row.getInteger("version"));
  }

  static CoverageCount coverage(Row row) {
    return new CoverageCount(WireEnum.parse(Norm.class, row.getString("norm")), group(row).orElseThrow(),
        row.getLong("states").intValue(), row.getLong("with_needs").intValue());
  }

  static Optional<RegionalGroup> group(Row row) {
    return Optional.ofNullable(row.getString("regional_group")).map(RegionalGroup::fromWire);
  }

  private static ReportLanguage language(Row row) {
    return WireEnum.parse(ReportLanguage.class, row.getString("language"));
  }

  /** The answers as the version's record keeps them. */
  static JsonObject answers(Answers answers) {
    return AnswersJson.json(answers);
  }
}
