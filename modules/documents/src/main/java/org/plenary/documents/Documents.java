package org.plenary.documents;

import io.vertx.sqlclient.Pool;
import java.time.Clock;
import java.util.List;
import org.plenary.documents.inputs.InputReader;
import org.plenary.documents.inputs.InputService;
import org.plenary.documents.inputs.InputStore;
import org.plenary.documents.inputs.InputsApi;
import org.plenary.documents.registry.DocumentReader;
import org.plenary.documents.registry.DocumentService;
import org.plenary.documents.registry.DocumentStore;
import org.plenary.documents.registry.DocumentsApi;
import org.plenary.documents.registry.DraftLinks;
import org.plenary.documents.registry.LanguageVersionService;
import org.plenary.documents.registry.RegistryPages;
import org.plenary.documents.registry.SessionLinks;
import org.plenary.drafts.api.DraftVersions;
import org.plenary.forum.api.ForumAccess;
import org.plenary.forum.api.KnownDocuments;
import org.plenary.platform.files.FileStore;
import org.plenary.platform.http.ApiModule;
import org.plenary.platform.http.ApiRoutes;
import org.plenary.platform.module.PlenaryModule;
import org.plenary.sessions.api.SessionsAccess;

/** The document registry and the written inputs of stakeholders, wired: stores, services and API. */
public final class Documents implements PlenaryModule {

  private final DocumentService documents;
  private final LanguageVersionService versions;
  private final InputService inputs;
  private final ApiModule api;

  /** The ports it reads: sessions and their agendas, and the drafts of the forum it issues as documents. */
  public record Ports(SessionsAccess sessions, ForumAccess forum, DraftVersions drafts) {
  }

  /** {@code files}: the server's file store, which keeps language versions' and written inputs' files. */
  public Documents(Pool pool, Ports ports, FileStore files, Clock clock) {
    DocumentStore store = new DocumentStore(pool);
    SessionLinks sessions = new SessionLinks(ports.sessions());
    this.documents = new DocumentService(pool, store, sessions, new DraftLinks(ports.forum(), ports.drafts()));
    this.versions = new LanguageVersionService(pool, store, files);
    InputStore inputStore = new InputStore(pool);
    this.inputs = new InputService(pool, inputStore, sessions, files, clock);
    DocumentsApi documentsApi = new DocumentsApi(new DocumentsApi.Parts(store, documents,
        new DocumentReader(store, sessions, files), versions, files));
    InputsApi inputsApi = new InputsApi(inputs, new InputReader(inputStore, sessions, files), files);
    this.api = new ApiModule() {
      @Override
      public String openApiFragment() {
        return "openapi/documents.yaml";
      }

      @Override
      public void mount(ApiRoutes routes) {
        documentsApi.mount(routes);
        inputsApi.mount(routes);
      }
    };
  }

  /**
   * The registry as the forum links it, needing only the database: the server builds it before the forum, which
   * the registry itself reads (its drafts), so neither waits for the other.
   */
  public static KnownDocuments knownDocuments(Pool pool) {
    return new RegistryPages(new DocumentStore(pool));
  }

  @Override
  public List<ApiModule> apis() {
    return List.of(api);
  }

  public DocumentService documents() {
    return documents;
  }

  public LanguageVersionService languageVersions() {
    return versions;
  }

  public InputService inputs() {
    return inputs;
  }
}
