package org.plenary.summary;

import io.vertx.core.Vertx;
import io.vertx.sqlclient.Pool;
import java.util.List;
import org.plenary.drafts.api.DraftConsensus;
import org.plenary.forum.api.CitedPractices;
import org.plenary.forum.api.ForumAccess;
import org.plenary.platform.http.ApiModule;
import org.plenary.platform.module.PlenaryModule;
import org.plenary.platform.organizations.Organizations;
import org.plenary.summary.api.CitedRadar;
import org.plenary.summary.api.SummaryTexts;
import org.plenary.summary.store.SummaryStore;

/** The summaries bounded context, wired. */
public final class Summaries implements PlenaryModule {

  private final SummariesApi api;
  private final SummaryService service;

  public Summaries(Vertx vertx, Pool pool, ForumAccess forum, Organizations organizations, String publicUrl,
                   DraftConsensus drafts) {
    this(vertx, pool, forum, organizations, publicUrl, drafts, CitedPractices.NONE);
  }

  /** {@code practices}: the good practices a summary may cite. */
  public Summaries(Vertx vertx, Pool pool, ForumAccess forum, Organizations organizations, String publicUrl,
                   DraftConsensus drafts, CitedPractices practices) {
    this(vertx, pool, forum, organizations, publicUrl, drafts, practices, CitedRadar.NONE);
  }

  /** {@code radar}: the horizon-scanning radar whose figures a summary may cite. */
  public Summaries(Vertx vertx, Pool pool, ForumAccess forum, Organizations organizations, String publicUrl,
                   DraftConsensus drafts, CitedPractices practices, CitedRadar radar) {
    SummaryStore store = new SummaryStore(pool);
    this.service = new SummaryService(vertx, pool, store, forum, organizations, drafts, practices, radar);
    this.api = new SummariesApi(vertx, service, publicUrl);
  }

  @Override
  public List<ApiModule> apis() {
    return List.of(api);
  }

  public SummaryService service() {
    return service;
  }

  /** Summaries' texts as each reader may read them. */
  public SummaryTexts texts() {
    return (id, reader) -> service.readable(id, reader).map(summary -> new SummaryTexts.SummaryText(summary.id(),
        summary.threadId(), summary.version(), summary.chathamHouse(), SummaryView.html(summary.markdown())));
  }
}
