package org.plenary.runtime;

import io.micrometer.core.instrument.MeterRegistry;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.util.List;
import java.util.Map;
import org.plenary.devidp.DevIdentityProvider;
import org.plenary.platform.config.PlenaryConfig;
import org.plenary.platform.database.Database;
import org.plenary.platform.files.Files;
import org.plenary.platform.identity.ParticipantDirectory;
import org.plenary.platform.module.PlenaryModule;
import org.plenary.platform.organizations.Organizations;

/**
 * Which bounded contexts a runtime runs: the whole server's ({@code server/Contexts}), or a feature module's own
 * tests', which run their context alone (with what it needs) on the same runtime.
 */
@FunctionalInterface
public interface ContextAssembly {

  /** Builds the contexts on the started kernel, in the order their ports need; they are mounted in that order. */
  Assembled assemble(Kernel kernel);

  /**
   * What the runtime has opened before any context exists; {@code files} is the server's one file store (and its
   * settings), for the contexts that keep files; {@code meters} is the registry {@code /metrics} shows, for the
   * contexts that measure what they do.
   */
  record Kernel(Vertx vertx, PlenaryConfig config, Map<String, String> env, Database database,
                Organizations organizations, ParticipantDirectory participants, MeterRegistry meters, Files files) {
  }

  /**
   * The contexts, each mounted, started and (in reverse) stopped by the runtime.
   *
   * @param demo              writes the demo dialogue into an empty database in dev mode
   * @param closeEventStreams ends the open event streams, which would otherwise hold a graceful shutdown
   */
  record Assembled(List<PlenaryModule> modules, DemoSeed demo, Runnable closeEventStreams) {

    /** Contexts without demo content or event streams (a feature module's tests). */
    public static Assembled of(List<PlenaryModule> modules) {
      return new Assembled(modules, DemoSeed.NONE, () -> { });
    }
  }

  /** Seeds demo content once the contexts exist, signing the personas in through the dev issuer. */
  @FunctionalInterface
  interface DemoSeed {
    DemoSeed NONE = (vertx, issuer, participants) -> Future.succeededFuture();

    Future<Void> seedIfEmpty(Vertx vertx, DevIdentityProvider issuer, ParticipantDirectory participants);
  }
}
