package org.plenary.implementation;

import io.vertx.sqlclient.Pool;
import java.time.Clock;
import java.util.List;
import java.util.stream.Collectors;
import org.plenary.capacity.api.CapacityNeeds;
import org.plenary.forum.api.CitedPractices;
import org.plenary.implementation.api.NationalRecord;
import org.plenary.implementation.api.ReportTexts;
import org.plenary.implementation.http.CompilationApi;
import org.plenary.implementation.http.GoodPracticesApi;
import org.plenary.implementation.http.ImplementationApi;
import org.plenary.implementation.service.CompilationReading;
import org.plenary.implementation.service.CycleService;
import org.plenary.implementation.service.GoodPracticeService;
import org.plenary.implementation.service.ImplementationSearch;
import org.plenary.implementation.service.NationalRecordService;
import org.plenary.implementation.service.NeedStep;
import org.plenary.implementation.service.ReportReading;
import org.plenary.implementation.service.ReportService;
import org.plenary.implementation.service.ReportTextsService;
import org.plenary.implementation.store.CompilationStore;
import org.plenary.implementation.store.CycleStore;
import org.plenary.implementation.store.GoodPracticeStore;
import org.plenary.implementation.store.RecordStore;
import org.plenary.implementation.store.ReportStore;
import org.plenary.platform.http.ApiModule;
import org.plenary.platform.module.PlenaryModule;
import org.plenary.platform.search.SearchAudiences;
import org.plenary.platform.search.SearchIndex;

/**
 * The national implementation bounded context, wired: reporting cycles and the States' national reports on how
 * they implement the norms, their versions, publication and coverage, the compilation for the Secretary-General,
 * and the good practices States and stakeholders share.
 */
public final class Implementation implements PlenaryModule {

  private final CycleService cycles;
  private final ReportService reports;
  private final ReportReading reading;
  private final NeedStep needs;
  private final ImplementationApi api;
  private final CompilationApi compilationApi;
  private final GoodPracticeService practices;
  private final GoodPracticesApi practicesApi;
  private final CitedPractices citedPractices;
  private final NationalRecord record;
  private final ReportTexts texts;

  /**
   * {@code board} posts the needs a report turns into capacity-building needs; {@code search} finds the published
   * reports and the good practices.
   */
  public Implementation(Pool pool, Clock clock, CapacityNeeds board, SearchIndex search) {
    CycleStore cycleStore = new CycleStore(pool);
    ReportStore reportStore = new ReportStore(pool);
    this.cycles = new CycleService(pool, cycleStore);
    this.reports = new ReportService(pool, cycleStore, reportStore, search);
    this.reading = new ReportReading(cycleStore, reportStore);
    this.needs = new NeedStep(pool, reportStore, board);
    this.api = new ImplementationApi(cycleStore, cycles, reports, reading, needs, clock);
    this.compilationApi = new CompilationApi(new CompilationReading(cycleStore, new CompilationStore(pool)), clock);
    GoodPracticeStore practiceStore = new GoodPracticeStore(pool);
    this.practices = new GoodPracticeService(pool, practiceStore, search);
    this.citedPractices = ids -> practiceStore.cited(ids)
        .map(found -> found.stream().collect(Collectors.toMap(CitedPractices.CitedPractice::id, p -> p)));
    this.practicesApi = new GoodPracticesApi(practices, clock);
    this.record = new NationalRecordService(new RecordStore(pool));
    this.texts = new ReportTextsService(reading, practices);
  }

  @Override
  public List<ApiModule> apis() {
    return List.of(api, compilationApi, practicesApi);
  }

  /** What States reported and organizations shared, for other bounded contexts (a country profile). */
  public NationalRecord record() {
    return record;
  }

  /** The published reports' and the good practices' texts, for the translation context. */
  public ReportTexts texts() {
    return texts;
  }

  public CycleService cycles() {
    return cycles;
  }

  public ReportService reports() {
    return reports;
  }

  public NeedStep needs() {
    return needs;
  }

  public GoodPracticeService practices() {
    return practices;
  }

  public ReportReading reading() {
    return reading;
  }

  /** The good practices posts and summaries cite. */
  public CitedPractices citedPractices() {
    return citedPractices;
  }

  /** Who finds the reports published for States only (the others are public). */
  public SearchAudiences searchAudiences() {
    return ImplementationSearch.AUDIENCES;
  }
}
