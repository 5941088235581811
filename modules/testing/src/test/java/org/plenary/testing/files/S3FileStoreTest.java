package org.plenary.testing.files;

import io.vertx.core.Vertx;
import io.vertx.sqlclient.Pool;
import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;
import org.gaul.s3proxy.AuthenticationType;
import org.gaul.s3proxy.S3Proxy;
import org.jclouds.ContextBuilder;
import org.jclouds.blobstore.BlobStoreContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DisplayName;
import org.plenary.platform.files.FileSettings;
import org.plenary.platform.files.FileStore;
import org.plenary.platform.files.S3FileStore;
import org.plenary.testing.PlenaryTest;
import org.plenary.testing.TestServer;

/**
 * The S3 file store against a real S3-compatible server: S3Proxy (from Maven Central; MinIO is not to be had here)
 * on loopback, over jclouds' filesystem store, with AWS signature V4 as the SDK signs.
 */
@PlenaryTest
@DisplayName("The S3 file store, against S3Proxy")
class S3FileStoreTest extends FileStoreContract {

  private S3Proxy proxy;

  @Override
  protected FileStore store(Vertx vertx, Pool pool, Path temporaryDirectory) throws Exception {
    Path objects = java.nio.file.Files.createTempDirectory("plenary-s3");
    Properties properties = new Properties();
    properties.setProperty("jclouds.filesystem.basedir", objects.toString());
    BlobStoreContext context = ContextBuilder.newBuilder("filesystem").overrides(properties).build(BlobStoreContext.class);
    context.getBlobStore().createContainerInLocation(null, "plenary-files");
    int port = TestServer.freePort();
    proxy = S3Proxy.builder().blobStore(context.getBlobStore()).endpoint(URI.create("http://127.0.0.1:" + port))
        .awsAuthentication(AuthenticationType.AWS_V4, "plenary-access", "plenary-secret").build();
    proxy.start();
    while (!"STARTED".equals(proxy.getState())) {
      Thread.sleep(10);
    }
    return S3FileStore.create(vertx, pool, new FileSettings.S3Location(Optional.of("http://127.0.0.1:" + port),
        "plenary-files", "us-east-1", "plenary-access", "plenary-secret"), temporaryDirectory);
  }

  @AfterAll
  void stopProxy() throws Exception {
    if (proxy != null) {
      proxy.stop();
    }
  }
}
