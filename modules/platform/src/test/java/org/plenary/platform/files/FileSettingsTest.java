package org.plenary.platform.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.plenary.platform.config.ConfigurationException;

@DisplayName("The file settings")
class FileSettingsTest {

  private static final Path DATA = Path.of("/var/lib/plenary");

  @Test
  @DisplayName("By default: 20 MiB files, kept in PostgreSQL, streamed in under the data directory")
  void defaults() {
    FileSettings settings = FileSettings.fromEnvironment(Map.of(), DATA);
    assertEquals(20_971_520, settings.maxBytes());
    assertEquals("postgres", settings.store());
    assertEquals(DATA.resolve("uploads"), settings.temporaryDirectory());
    assertFalse(settings.s3().isPresent());
  }

  @Test
  @DisplayName("A limit that is not a positive whole number stops the server, naming the variable")
  void badLimit() {
    assertTrue(assertThrows(ConfigurationException.class, () -> FileSettings.fromEnvironment(
        Map.of("PLENARY_FILE_MAX_BYTES", "20MB"), DATA)).getMessage().contains("PLENARY_FILE_MAX_BYTES"));
    assertThrows(ConfigurationException.class, () -> FileSettings.fromEnvironment(Map.of("PLENARY_FILE_MAX_BYTES", "0"), DATA));
    assertEquals(1024, FileSettings.fromEnvironment(Map.of("PLENARY_FILE_MAX_BYTES", " 1024 "), DATA).maxBytes());
  }

  @Test
  @DisplayName("The S3 store needs its bucket and keys, and never shows the secret")
  void s3() {
    String missing = assertThrows(ConfigurationException.class, () -> FileSettings.fromEnvironment(
        Map.of("PLENARY_FILE_STORE", "s3", "PLENARY_S3_ACCESS_KEY", "a", "PLENARY_S3_SECRET_KEY", "s"), DATA)).getMessage();
    assertTrue(missing.contains("PLENARY_S3_BUCKET"), missing);
    FileSettings settings = FileSettings.fromEnvironment(Map.of("PLENARY_FILE_STORE", "S3", "PLENARY_S3_BUCKET", "files",
        "PLENARY_S3_ENDPOINT", "http://127.0.0.1:9000/", "PLENARY_S3_ACCESS_KEY", "access",
        "PLENARY_S3_SECRET_KEY", "very-secret"), DATA);
    FileSettings.S3Location location = settings.s3().orElseThrow();
    assertEquals("http://127.0.0.1:9000", location.endpoint().orElseThrow());
    assertEquals("us-east-1", location.region());
    assertFalse(location.toString().contains("very-secret"));
    assertThrows(ConfigurationException.class, () -> FileSettings.fromEnvironment(Map.of("PLENARY_FILE_STORE", "disk"), DATA));
  }
}
