package org.plenary.platform.files;

import io.vertx.core.Vertx;
import io.vertx.sqlclient.Pool;
import java.nio.file.Path;
import java.util.Map;

/**
 * The server's files, built once from the environment: the store every context that keeps files is handed, and
 * the settings the upload edge enforces. Touches no disk; the runtime prepares {@code settings.temporaryDirectory()}.
 */
public record Files(FileStore store, FileSettings settings) {

  public static Files fromEnvironment(Vertx vertx, Pool pool, Map<String, String> env, Path dataDirectory) {
    FileSettings settings = FileSettings.fromEnvironment(env, dataDirectory);
    FileStore store = settings.s3()
        .<FileStore>map(location -> S3FileStore.create(vertx, pool, location, settings.temporaryDirectory()))
        .orElseGet(() -> new PostgresFileStore(vertx, pool));
    return new Files(store, settings);
  }
}
