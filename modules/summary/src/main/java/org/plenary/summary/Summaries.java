package org.plenary.summary;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonArray;
import io.vertx.sqlclient.Pool;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.plenary.forum.api.ForumAccess;
import org.plenary.platform.http.ApiModule;
import org.plenary.platform.module.PlenaryModule;
import org.plenary.platform.organizations.Organizations;
import org.plenary.summary.store.SummaryStore;

/** The summaries bounded context, wired. */
public final class Summaries implements PlenaryModule {

  private final SummariesApi api;
  private final SummaryService service;

  /** @param draftParagraphs the consensus per paragraph of a draft thread, or null until drafts exist */
  public Summaries(Vertx vertx, Pool pool, ForumAccess forum, Organizations organizations, String publicUrl,
                   Function<UUID, Future<JsonArray>> draftParagraphs) {
    SummaryStore store = new SummaryStore(pool);
    this.service = new SummaryService(vertx, pool, store, forum, organizations, draftParagraphs);
    this.api = new SummariesApi(vertx, service, publicUrl);
  }

  @Override
  public List<ApiModule> apis() {
    return List.of(api);
  }

  public SummaryService service() {
    return service;
  }
}
