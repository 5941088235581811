package org.plenary.runtime;

import io.vertx.core.DeploymentOptions;
import io.vertx.core.Future;
import io.vertx.micrometer.backends.BackendRegistries;
import io.vertx.core.VerticleBase;
import io.vertx.openapi.contract.OpenAPIContract;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.plenary.devidp.DevIdentityProvider;
import org.plenary.platform.events.EventDispatcher;
import org.plenary.platform.config.ConfigurationException;
import org.plenary.platform.config.PlenaryConfig;
import org.plenary.platform.database.Database;
import org.plenary.platform.files.Files;
import org.plenary.platform.http.ApiModule;
import org.plenary.platform.http.CursorSigningKey;
import org.plenary.platform.idempotency.IdempotentRequests;
import org.plenary.platform.module.PlenaryModule;
import org.plenary.platform.identity.OidcTokenVerifier;
import org.plenary.platform.identity.MeApi;
import org.plenary.platform.identity.ParticipantDirectory;
import org.plenary.platform.organizations.OrganizationRegistry;
import org.plenary.platform.organizations.Organizations;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts Plenary as one flat chain: database and migrations, the organization registry, the dev identity
 * provider, the API, demo content, the accreditation windows that closed meanwhile, the event dispatcher
 * and its followers, the HTTP servers, then the issuer's keys.
 */
final class PlenaryVerticle extends VerticleBase {

  private static final Logger LOG = LoggerFactory.getLogger(PlenaryVerticle.class);
  private static final long ISSUER_RETRY_MS = 2000;
  private static final long FORGET_IDEMPOTENCY_KEYS_MS = 15 * 60 * 1000;

  private final PlenaryConfig config;
  private final Map<String, String> env;
  private final String metricsRegistryName;
  private final AtomicReference<OidcTokenVerifier> verifier = new AtomicReference<>();
  private Database database;
  private DevIdentityProvider devIdentityProvider;
  private Organizations organizations;
  private final ContextAssembly assembly;
  private ContextAssembly.Assembled contexts;
  private EventDispatcher dispatcher;
  private ParticipantDirectory participants;
  private List<ApiModule> modules;
  private OpenApiDocument openApi;
  private OpenAPIContract contract;
  private long idempotencyExpiry = -1;
  private final Draining draining = new Draining();
  private String httpDeployment;
  private Files files;

  PlenaryVerticle(PlenaryConfig config, Map<String, String> env, String metricsRegistryName, ContextAssembly assembly) {
    this.config = config;
    this.assembly = assembly;
    this.env = env;
    this.metricsRegistryName = metricsRegistryName;
  }

  @Override
  public Future<?> start() {
    return checkConfiguration()
        .compose(v -> openDatabase())
        .compose(v -> CursorSigningKey.install(database.pool(), env))
        .compose(v -> loadRegistry())
        .compose(v -> prepareFiles())
        .compose(v -> startDevIdentityProvider())
        .compose(v -> assembleApi())
        .compose(v -> seedDemoContent())
        .compose(v -> startEvents())
        .compose(v -> startForgettingIdempotencyKeys())
        .compose(v -> deployHttpServers())
        .compose(v -> loadIssuerKeys())
        .recover(failure -> stop().transform(closed -> Future.failedFuture(failure)));
  }

  @Override
  public Future<?> stop() {
    vertx.cancelTimer(idempotencyExpiry);
    Future<Void> events = Future.succeededFuture();
    if (contexts != null) {
      List<PlenaryModule> started = contexts.modules();
      for (int i = started.size() - 1; i >= 0; i--) {
        PlenaryModule module = started.get(i);
        events = events.compose(v -> module.stop(vertx));
      }
    }
    if (dispatcher != null) {
      events = events.compose(v -> dispatcher.close());
    }
    return events.eventually(() -> database == null ? Future.succeededFuture() : database.close(vertx));
  }

  private Future<Void> checkConfiguration() {
    if (!config.isDev() && config.usesDevIdentityProvider()) {
      return Future.failedFuture(new ConfigurationException(
          "PLENARY_ENV=production needs an external identity provider: set PLENARY_OIDC_ISSUER"));
    }
    return Future.succeededFuture();
  }

  private Future<Void> openDatabase() {
    return Database.open(vertx, config, env).onSuccess(db -> {
      database = db;
      organizations = new Organizations(db.pool());
    }).mapEmpty();
  }

  private Future<Void> loadRegistry() {
    return vertx.executeBlocking(() -> List.of(OrganizationRegistry.readOrganizations(), OrganizationRegistry.readMemberships()))
        .compose(files -> OrganizationRegistry.load(database.pool(), files.get(0), files.get(1)));
  }

  /**
   * The file store and the directory uploads stream into, emptied of what a crash left there (one server per data
   * directory: the embedded PostgreSQL's data is there too).
   */
  private Future<Void> prepareFiles() {
    files = Files.fromEnvironment(vertx, database.pool(), env, config.dataDirectory());
    return vertx.executeBlocking(() -> {
      java.nio.file.Path uploads = files.settings().temporaryDirectory();
      java.nio.file.Files.createDirectories(uploads);
      try (java.util.stream.Stream<java.nio.file.Path> leftovers = java.nio.file.Files.list(uploads)) {
        for (java.nio.file.Path leftover : leftovers.toList()) {
          java.nio.file.Files.deleteIfExists(leftover);
        }
      }
      return null;
    }, false).mapEmpty();
  }

  private Future<Void> startDevIdentityProvider() {
    if (!config.usesDevIdentityProvider()) {
      return Future.succeededFuture();
    }
    return DevIdentityProvider.create(vertx, config).onSuccess(idp -> devIdentityProvider = idp).mapEmpty();
  }

  private Future<Void> assembleApi() {
    participants = new ParticipantDirectory(database.pool(), organizations);
    contexts = assembly.assemble(new ContextAssembly.Kernel(vertx, config, env, database, organizations, participants,
        BackendRegistries.getNow(metricsRegistryName), files));
    // The platform's own operations first: the client's settings and the caller.
    modules = new java.util.ArrayList<>(List.of(new ClientConfigApi(config), new MeApi(database.pool(), participants)));
    contexts.modules().forEach(module -> modules.addAll(module.apis()));
    return vertx.executeBlocking(() -> OpenApiDocument.assemble(config.publicUrl(), modules))
        .compose(document -> {
          openApi = document;
          return ApiRouter.contract(vertx, document);
        })
        .onSuccess(c -> contract = c)
        .mapEmpty();
  }

  /** Only with the dev issuer: the demo personas are its subjects. */
  private Future<Void> seedDemoContent() {
    if (!config.seedDemoContent() || devIdentityProvider == null) {
      return Future.succeededFuture();
    }
    return contexts.demo().seedIfEmpty(vertx, devIdentityProvider, participants);
  }

  /**
   * This server's event dispatcher, then each context's background work in order (accreditation windows that
   * ended while the server was down are decided here, before it takes requests; event streams; notifications).
   */
  private Future<Void> startEvents() {
    Future<Void> started = EventDispatcher.start(vertx, database.pool(), database.outage(), database.connectOptions(),
        BackendRegistries.getNow(metricsRegistryName))
        .onSuccess(dispatcherStarted -> dispatcher = dispatcherStarted).mapEmpty();
    for (PlenaryModule module : contexts.modules()) {
      started = started.compose(v -> module.start(vertx));
    }
    return started;
  }

  /** Every instance forgets Idempotency-Keys past their 24 hours; a delete of expired rows is safe to repeat. */
  private Future<Void> startForgettingIdempotencyKeys() {
    IdempotentRequests requests = new IdempotentRequests(database.pool());
    idempotencyExpiry = vertx.setPeriodic(FORGET_IDEMPOTENCY_KEYS_MS, id -> requests.forgetExpired()
        .onFailure(e -> LOG.warn("Could not forget expired Idempotency-Keys: {}", e.getMessage())));
    return Future.succeededFuture();
  }

  private Future<Void> deployHttpServers() {
    Services services = new Services(config, database.pool(), database.outage(), participants,
        verifier, devIdentityProvider, openApi, contract, modules, metricsRegistryName, contexts.closeEventStreams(),
        new InFlightLimit(config.maxRequestsInFlight(), metricsRegistryName), draining, files);
    int instances = Math.max(1, Runtime.getRuntime().availableProcessors());
    return vertx.deployVerticle(() -> new HttpVerticle(services), new DeploymentOptions().setInstances(instances))
        .onSuccess(id -> {
          httpDeployment = id;
          LOG.info("Plenary listening on {} ({} event loops, at most {} requests in flight)", config.publicUrl(),
              instances, config.maxRequestsInFlight());
        })
        .mapEmpty();
  }

  /**
   * The first step of stopping, before anything the requests need is closed: responses say
   * {@code Connection: close} from now on, event streams end, and the HTTP servers stop accepting connections
   * and give the requests in flight the grace period to finish.
   */
  Future<Void> stopTakingRequests() {
    if (!draining.begin() || httpDeployment == null) {
      return Future.succeededFuture();
    }
    LOG.info("Stopping: finishing the requests in flight, for at most {} s", config.shutdownGrace().toSeconds());
    return vertx.undeploy(httpDeployment).otherwiseEmpty();
  }

  /**
   * Loads the issuer's keys. If the issuer does not answer, the server starts anyway and keeps trying;
   * until then it is live but not ready.
   */
  private Future<Void> loadIssuerKeys() {
    return OidcTokenVerifier.discover(vertx, config.effectiveIssuer(), config.oidcAudience(), config.oidcClientId())
        .onSuccess(loaded -> {
          verifier.set(loaded);
          LOG.info("Accepting tokens of {} for audience {}", loaded.issuer(), config.oidcAudience());
        })
        .onFailure(e -> {
          LOG.warn("Identity provider {} not reachable ({}); retrying", config.effectiveIssuer(), e.getMessage());
          vertx.setTimer(ISSUER_RETRY_MS, t -> loadIssuerKeys());
        })
        .<Void>mapEmpty()
        .otherwiseEmpty();
  }
}
