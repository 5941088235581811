package org.plenary.implementation.service;

import io.vertx.core.Future;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.plenary.implementation.api.NationalRecord;
import org.plenary.implementation.api.NormAnswers;
import org.plenary.implementation.api.PracticeOnRecord;
import org.plenary.implementation.api.ReportOnRecord;
import org.plenary.implementation.store.RecordStore;
import org.plenary.platform.identity.Participant;
import org.plenary.platform.organizations.ActivityPage;
import org.plenary.platform.organizations.ActivityQuery;

/** {@link NationalRecord} with the reading rules of {@link ReportRules}, as the list of a cycle's reports has them. */
public final class NationalRecordService implements NationalRecord {

  private final RecordStore store;

  public NationalRecordService(RecordStore store) {
    this.store = store;
  }

  @Override
  public Future<ActivityPage<ReportOnRecord>> reportsOf(ActivityQuery query, Optional<Participant> reader) {
    return store.reports(query, ReportReading.readerOf(reader))
        .map(found -> page(found, query, report -> new ActivityQuery.After(report.publishedAt(), report.cycleId())));
  }

  @Override
  public Future<ActivityPage<PracticeOnRecord>> practicesOf(ActivityQuery query) {
    return store.practices(query)
        .map(found -> page(found, query, practice -> new ActivityQuery.After(practice.sharedAt(),
            practice.id().toString())));
  }

  @Override
  public Future<List<NormAnswers>> answersOn(String norm, List<String> states, Optional<Participant> reader) {
    return store.answersOn(norm, states, ReportReading.readerOf(reader));
  }

  @Override
  public Future<List<PracticeOnRecord>> practicesOn(String norm, List<String> organizations, int each) {
    return store.practicesOn(norm, organizations, each);
  }

  private static <T> ActivityPage<T> page(List<T> found, ActivityQuery query, Function<T, ActivityQuery.After> key) {
    if (found.size() <= query.limit()) {
      return new ActivityPage<>(found, Optional.empty());
    }
    List<T> items = found.subList(0, query.limit());
    return new ActivityPage<>(items, Optional.of(key.apply(items.get(items.size() - 1))));
  }
}
