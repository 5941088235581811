package org.plenary.testing;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import java.util.ServiceLoader;
import org.plenary.runtime.ContextAssembly;
import org.plenary.runtime.PlenaryApplication;

/**
 * The one Plenary server the API tests talk to, started once per test JVM on a fresh database with the
 * dev identity provider, and stopped when the run ends. Demo content is off so tests start from a
 * known state. It runs the contexts of the module under test: the one {@link ContextAssembly} its test
 * classpath names in {@code META-INF/services/org.plenary.runtime.ContextAssembly} (the server's: all of them).
 */
public final class TestServer implements BeforeAllCallback {

  /** Temporary directories the embedded PostgreSQL can enter when tests run as root. */
  public static final java.nio.file.attribute.FileAttribute<?> OPEN_DIRECTORY =
      java.nio.file.attribute.PosixFilePermissions.asFileAttribute(java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));

  private static Running running;

  /** A running server; {@code database} is null when the server runs on a database the caller keeps. */
  public record Running(PlenaryApplication app, TestDatabase database, String baseUrl, Path dataDirectory)
      implements ExtensionContext.Store.CloseableResource {
    @Override
    public void close() throws Exception {
      app.stop().toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
      if (database != null) {
        database.close();
      }
    }
  }

  @Override
  public void beforeAll(ExtensionContext context) throws Exception {
    synchronized (TestServer.class) {
      if (running == null) {
        running = start(Map.of());
        context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL).put("plenary-server", running);
      }
    }
  }

  public static Running running() {
    return running;
  }

  public static Api api() {
    return new Api(running.baseUrl());
  }

  /**
   * A second instance on the running server's database, trusting the first one's dev issuer as instances behind one
   * load balancer share one; closing it stops the instance only, the database being the shared one.
   */
  public static Running secondInstance() throws Exception {
    return startOn(running.database().url(), Map.of("PLENARY_OIDC_ISSUER", running.baseUrl() + "/dev-idp"));
  }

  /** Starts a further server on its own fresh database; the caller closes it. */
  public static Running start(Map<String, String> extraEnv) throws Exception {
    TestDatabase database = TestDatabase.create("plenary_test");
    return startOn(database, extraEnv);
  }

  public static Running startOn(TestDatabase database, Map<String, String> extraEnv) throws Exception {
    Running running = startOn(database.url(), extraEnv);
    return new Running(running.app(), database, running.baseUrl(), running.dataDirectory());
  }

  /** Starts a further server on the database at {@code databaseUrl}, which the caller keeps and closes. */
  public static Running startOn(String databaseUrl, Map<String, String> extraEnv) throws Exception {
    int port = freePort();
    Path data = Files.createTempDirectory("plenary-test-data");
    Map<String, String> env = new HashMap<>();
    env.put("PLENARY_HTTP_PORT", String.valueOf(port));
    env.put("PLENARY_DB_URL", databaseUrl);
    env.put("PLENARY_DATA_DIR", data.toString());
    env.put("PLENARY_DEMO_CONTENT", "false");
    env.put("PLENARY_DB_POOL_SIZE", "8");
    env.putAll(extraEnv);
    PlenaryApplication app = PlenaryApplication.start(env, assembly()).toCompletionStage().toCompletableFuture()
        .get(120, TimeUnit.SECONDS);
    String baseUrl = "http://localhost:" + port;
    Api.awaitReady(baseUrl);
    return new Running(app, null, baseUrl, data);
  }

  /** The contexts this test module runs; exactly one is named on its classpath. */
  public static ContextAssembly assembly() {
    List<ContextAssembly> found = ServiceLoader.load(ContextAssembly.class).stream()
        .map(ServiceLoader.Provider::get).toList();
    if (found.size() != 1) {
      throw new IllegalStateException("the test classpath names " + found.size() + " context assemblies in "
          + "META-INF/services/" + ContextAssembly.class.getName() + "; a test module names exactly one");
    }
    return found.get(0);
  }

  public static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
