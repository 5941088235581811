package org.plenary.platform.translation;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Assumptions;

/**
 * Tests that need Apertium: in CI ({@code CI=true}, where {@code .ci/run} installs it) a missing Apertium fails
 * them, saying so; on a developer's machine without it they are skipped, saying why.
 */
final class ApertiumRequired {

  private ApertiumRequired() {
  }

  static void check() {
    boolean installed;
    try {
      String modes = LocalProcess.run(List.of("apertium", "-l"), "", Duration.ofSeconds(20));
      installed = modes.contains("spa-eng") && modes.contains("es-fr");
    } catch (IOException e) {
      installed = false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      installed = false;
    }
    String why = "Apertium with the eng-spa and fr-es pairs is not installed"
        + " (apt-get install apertium apertium-eng-spa apertium-fr-es)";
    if (!installed && "true".equalsIgnoreCase(System.getenv("CI"))) {
      throw new AssertionError(why + ": CI must install it (.ci/run)");
    }
    Assumptions.assumeTrue(installed, why);
  }
}
