package org.plenary.translation;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.sqlclient.Pool;
import java.util.List;
import java.util.Optional;
import org.plenary.drafts.api.StateStances;
import org.plenary.forum.api.ForumAccess;
import org.plenary.implementation.api.ReportTexts;
import org.plenary.platform.http.ApiModule;
import org.plenary.platform.module.PlenaryModule;
import org.plenary.platform.translation.MachineTranslation;
import org.plenary.summary.api.SummaryTexts;

/**
 * The machine-translation context, wired: unofficial translations of what a reader may read, beside the original,
 * cached per text version. It owns the cache and nothing else; the texts are read through their contexts' ports.
 */
public final class Translations implements PlenaryModule {

  private final MachineTranslation machine;
  private final List<ApiModule> apis;

  /** Translates posts, thread introductions, summaries, draft paragraphs, national reports and good practices. */
  public Translations(Pool pool, ForumAccess forum, SummaryTexts summaries, StateStances drafts, ReportTexts reports,
                      MachineTranslation machine) {
    this(pool, forum, Optional.of(summaries), Optional.of(drafts), Optional.of(reports), machine);
  }

  /** Translates posts and thread introductions. */
  public Translations(Pool pool, ForumAccess forum, MachineTranslation machine) {
    this(pool, forum, Optional.empty(), Optional.empty(), Optional.empty(), machine);
  }

  private Translations(Pool pool, ForumAccess forum, Optional<SummaryTexts> summaries, Optional<StateStances> drafts,
                       Optional<ReportTexts> reports, MachineTranslation machine) {
    this.machine = machine;
    this.apis = List.of(new TranslationApi(new ForumSources(forum),
        summaries.map(texts -> new SummarySources(texts, forum)), drafts.map(port -> new DraftSources(port, forum)),
        reports.map(ReportSources::new), new TranslationService(machine, new TranslationStore(pool))));
  }

  @Override
  public List<ApiModule> apis() {
    return apis;
  }

  @Override
  public Future<Void> start(Vertx vertx) {
    return machine.start();
  }

  @Override
  public Future<Void> stop(Vertx vertx) {
    return machine.stop();
  }
}
