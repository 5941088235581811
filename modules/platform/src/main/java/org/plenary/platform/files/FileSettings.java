package org.plenary.platform.files;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.plenary.platform.config.ConfigurationException;
import org.plenary.platform.config.Settings;

/**
 * How the server keeps files (README.md lists the variables): the largest upload, where uploads wait while they
 * stream in (under the data directory), and the store ({@code postgres}, or {@code s3} with its endpoint, bucket,
 * region and keys).
 */
public record FileSettings(long maxBytes, Path temporaryDirectory, String store, Optional<S3Location> s3) {

  public static final int DEFAULT_MAX_BYTES = 20 * 1024 * 1024;
  /** 2 GiB less one: more than any document of the mechanism, and what one {@code int} of chunk arithmetic holds. */
  public static final int MAX_MAX_BYTES = Integer.MAX_VALUE;

  /** An S3-compatible object store; {@code endpoint} empty means AWS's own for the region. */
  public record S3Location(Optional<String> endpoint, String bucket, String region, String accessKey, String secretKey) {
    @Override
    public String toString() {
      // Never the secret key (nor the access key) in a log line.
      return "S3Location[endpoint=" + endpoint.orElse("(AWS)") + ", bucket=" + bucket + ", region=" + region + "]";
    }
  }

  public static FileSettings fromEnvironment(Map<String, String> env, Path dataDirectory) {
    Settings settings = Settings.of(env);
    long maxBytes = settings.integer("PLENARY_FILE_MAX_BYTES", DEFAULT_MAX_BYTES, 1, MAX_MAX_BYTES);
    String store = settings.oneOf("PLENARY_FILE_STORE", "postgres", "postgres", "s3");
    Optional<S3Location> s3 = Optional.empty();
    if (store.equals("s3")) {
      s3 = Optional.of(new S3Location(settings.url("PLENARY_S3_ENDPOINT"), required(settings, "PLENARY_S3_BUCKET"),
          settings.string("PLENARY_S3_REGION", "us-east-1"), required(settings, "PLENARY_S3_ACCESS_KEY"),
          settings.secret("PLENARY_S3_SECRET_KEY").orElseThrow(() -> new ConfigurationException(
              "PLENARY_FILE_STORE=s3 needs PLENARY_S3_SECRET_KEY"))));
    }
    return new FileSettings(maxBytes, dataDirectory.resolve("uploads"), store, s3);
  }

  private static String required(Settings settings, String name) {
    return settings.string(name).orElseThrow(() -> new ConfigurationException("PLENARY_FILE_STORE=s3 needs " + name));
  }
}
