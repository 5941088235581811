package org.plenary.server.browser;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.microsoft.playwright.Page;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;

/**
 * axe-core, the accessibility engine, run inside the page. Its script comes from the web application's
 * npm dev dependencies (frontend/node_modules/axe-core), which the Maven build installs.
 */
final class Axe {

  private static final Path SCRIPT = Path.of("..", "..", "frontend", "node_modules", "axe-core", "axe.min.js");
  private static String source;

  private Axe() {
  }

  /** Fails listing every serious or critical WCAG 2.x A/AA violation axe finds on the page as it is now. */
  static void assertNoSeriousViolations(Page page, String where) {
    // Evaluated through the DevTools protocol, which the page's Content-Security-Policy does not govern;
    // a script tag would be refused, as it should be for anything not served by Plenary.
    page.evaluate("() => { " + source() + "\n }");
    String json = (String) page.evaluate("""
        async () => {
          const results = await axe.run(document, {
            runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
            resultTypes: ['violations'],
          });
          return JSON.stringify(results.violations
            .filter((v) => v.impact === 'serious' || v.impact === 'critical')
            .map((v) => ({ id: v.id, impact: v.impact, help: v.help,
                           targets: v.nodes.slice(0, 5).map((n) => n.target.join(' ')) })));
        }
        """);
    JsonArray violations = new JsonArray(json);
    assertTrue(violations.isEmpty(), () -> where + ": axe found serious or critical violations:\n"
        + violations.stream().map(v -> describe((JsonObject) v)).collect(Collectors.joining("\n")));
  }

  private static String describe(JsonObject violation) {
    return "  " + violation.getString("impact") + " " + violation.getString("id") + ": " + violation.getString("help")
        + " at " + violation.getJsonArray("targets").encode();
  }

  private static synchronized String source() {
    if (source == null) {
      assumeTrue(Files.isReadable(SCRIPT), "axe-core is not installed at " + SCRIPT.toAbsolutePath().normalize()
          + " (run the Maven build without -Dfrontend.skip=true)");
      try {
        source = Files.readString(SCRIPT);
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
    return source;
  }
}
