package org.plenary.platform.translation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.Vertx;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.plenary.platform.i18n.Language;

/** Apertium as installed from Debian ({@code .ci/run} installs it; see {@link ApertiumRequired}). */
@DisplayName("Apertium adapter: the installed pairs, the pivot through Spanish, HTML kept, a hung run killed")
class ApertiumTranslatorTest {

  private final Vertx vertx = Vertx.vertx();

  @AfterEach
  void close() throws Exception {
    vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
  }

  private ApertiumTranslator started(String command, Duration timeout) throws Exception {
    ApertiumTranslator apertium = new ApertiumTranslator(vertx, command, timeout);
    apertium.start().toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
    return apertium;
  }

  @Test
  @DisplayName("Spanish into English directly, English into French through Spanish (and says so), tags kept")
  void translatesThroughThePivot() throws Exception {
    ApertiumRequired.check();
    ApertiumTranslator apertium = started("apertium", Duration.ofSeconds(30));
    assertTrue(apertium.serves(Language.ES, Language.EN));
    assertTrue(apertium.serves(Language.EN, Language.FR), "through Spanish");
    assertFalse(apertium.serves(Language.RU, Language.EN));

    Translation english = apertium.translate("<p>La infraestructura crítica debe ser protegida.</p>",
        TextFormat.HTML, Language.ES, Language.EN).toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
    assertEquals("<p>The critical infrastructure has to be protected.</p>", english.text().strip());
    assertEquals(List.of(), english.via());

    Translation french = apertium.translate("critical infrastructure", TextFormat.PLAIN, Language.EN, Language.FR)
        .toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
    assertEquals("infrastructure critique", french.text().toLowerCase(java.util.Locale.ROOT));
    assertEquals(List.of(Language.ES), french.via());
    assertEquals("apertium", french.engine());
  }

  @Test
  @DisplayName("A run past the timeout is killed and is 'translation not available'")
  void killsAHungRun() throws Exception {
    Path fake = Files.createTempFile("fake-apertium", ".sh");
    // Lists one mode, then hangs on every translation as a stuck Apertium would.
    Files.writeString(fake, "#!/bin/sh\nif [ \"$1\" = -l ]; then echo spa-eng; exit 0; fi\nexec sleep 60\n");
    Files.setPosixFilePermissions(fake, PosixFilePermissions.fromString("rwx------"));
    try {
      ApertiumTranslator hung = started(fake.toString(), Duration.ofMillis(500));
      assertTrue(hung.serves(Language.ES, Language.EN));
      long before = System.nanoTime();
      ExecutionException failed = org.junit.jupiter.api.Assertions.assertThrows(ExecutionException.class,
          () -> hung.translate("Hola", TextFormat.PLAIN, Language.ES, Language.EN)
              .toCompletionStage().toCompletableFuture().get(20, TimeUnit.SECONDS));
      assertInstanceOf(TranslationUnavailable.class, failed.getCause());
      assertTrue(Duration.ofNanos(System.nanoTime() - before).toSeconds() < 10, "it did not wait for the sleep");
    } finally {
      Files.deleteIfExists(fake);
    }
  }

  @Test
  @DisplayName("Without Apertium the server serves no pair and starts all the same")
  void missingCommand() throws Exception {
    ApertiumTranslator missing = started("/nonexistent/apertium", Duration.ofSeconds(5));
    assertFalse(missing.installed());
    assertFalse(missing.serves(Language.ES, Language.EN));
  }
}
