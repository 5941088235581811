package org.plenary.platform.files;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.SqlConnection;
import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;
import java.util.UUID;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.core.sync.ResponseTransformer;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;
import software.amazon.awssdk.services.s3.model.GetObjectRequest;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;

/**
 * Files in an S3-compatible object store ({@code PLENARY_FILE_STORE=s3}), each object under its content address
 * {@code sha256/<hex>}; the {@code files} row stays in PostgreSQL, in the caller's transaction. The object is put
 * before the row is inserted: a transaction that then rolls back leaves an object no row names, which is harmless
 * (the next upload of the same bytes puts it again under the same key) and never a row without its bytes. The SDK
 * blocks, so every call runs on a worker thread. Files kept in PostgreSQL before the switch are still served.
 */
public final class S3FileStore implements FileStore {

  static final String STORE = "s3";

  private final Vertx vertx;
  private final S3Client s3;
  private final String bucket;
  private final Path temporaryDirectory;
  private final PostgresFileStore rows;

  S3FileStore(Vertx vertx, Pool pool, S3Client s3, String bucket, Path temporaryDirectory) {
    this.vertx = vertx;
    this.s3 = s3;
    this.bucket = bucket;
    this.temporaryDirectory = temporaryDirectory;
    this.rows = new PostgresFileStore(vertx, pool);
  }

  public static S3FileStore create(Vertx vertx, Pool pool, FileSettings.S3Location location, Path temporaryDirectory) {
    S3ClientBuilder builder = S3Client.builder()
        .region(Region.of(location.region()))
        .credentialsProvider(StaticCredentialsProvider.create(
            AwsBasicCredentials.create(location.accessKey(), location.secretKey())))
        .httpClient(UrlConnectionHttpClient.create())
        // Checksums only where the API requires them: many S3-compatible stores know no newer ones.
        .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
        .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED);
    location.endpoint().ifPresent(endpoint -> builder.endpointOverride(URI.create(endpoint)).forcePathStyle(true));
    return new S3FileStore(vertx, pool, builder.build(), location.bucket(), temporaryDirectory);
  }

  static String key(String sha256) {
    return "sha256/" + sha256;
  }

  @Override
  public Future<StoredFile> store(SqlConnection transaction, Upload upload) {
    PutObjectRequest put = PutObjectRequest.builder().bucket(bucket).key(key(upload.sha256()))
        .contentType(upload.type().mediaType()).contentLength(upload.size()).build();
    return vertx.executeBlocking(() -> s3.putObject(put, RequestBody.fromFile(upload.temporary())), false)
        .compose(put1 -> PostgresFileStore.insertRow(transaction, upload, STORE));
  }

  @Override
  public Future<Optional<StoredFile>> find(UUID id) {
    return rows.find(id);
  }

  /** Fetched to a temporary file, then sent from it (the SDK's stream would block the event loop). */
  @Override
  public Future<Void> send(UUID id, HttpServerResponse response) {
    return rows.findKept(id).compose(kept -> {
      if (kept.isEmpty()) {
        return FileResponses.notFound(id);
      }
      StoredFile file = kept.get().file();
      if (PostgresFileStore.STORE.equals(kept.get().store())) {
        return rows.sendChunks(file, response);
      }
      Path copy = temporaryDirectory.resolve("download-" + UUID.randomUUID() + ".part");
      GetObjectRequest get = GetObjectRequest.builder().bucket(bucket).key(key(file.sha256())).build();
      return vertx.executeBlocking(() -> s3.getObject(get, ResponseTransformer.toFile(copy)), false)
          .compose(fetched -> FileResponses.headers(response, file).sendFile(copy.toString()))
          .eventually(() -> vertx.fileSystem().delete(copy.toString()).otherwiseEmpty());
    });
  }
}
