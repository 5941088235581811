package org.plenary.testing.files;

import io.vertx.core.Vertx;
import io.vertx.sqlclient.Pool;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.plenary.platform.files.FileStore;
import org.plenary.platform.files.PostgresFileStore;
import org.plenary.testing.PlenaryTest;

@PlenaryTest
@DisplayName("The PostgreSQL file store")
class PostgresFileStoreTest extends FileStoreContract {

  @Override
  protected FileStore store(Vertx vertx, Pool pool, Path temporaryDirectory) {
    return new PostgresFileStore(vertx, pool);
  }
}
