package org.plenary.server.browser;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.plenary.testing.TestServer;

/**
 * Debian's headless Chromium, driven by Playwright, against the shared test server. One browser for
 * the whole run; each test gets a fresh context (no cookies, no storage) and a page in English, as a
 * {@link Page} parameter. Skips, saying why, on a machine without Chromium or without the built web
 * application, so that {@code mvn verify} still passes there.
 */
public final class Chromium implements BeforeAllCallback, BeforeEachCallback, AfterEachCallback, ParameterResolver {

  static final Path EXECUTABLE = Path.of("/usr/bin/chromium");
  static final Path ARTIFACTS = Path.of("target", "browser-artifacts");
  private static final List<String> FLAGS = List.of("--no-sandbox", "--disable-gpu", "--disable-quic",
      "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync");

  private static Running running;

  private record Running(Playwright playwright, Browser browser) implements ExtensionContext.Store.CloseableResource {
    @Override
    public void close() {
      browser.close();
      playwright.close();
    }
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    assumeTrue(Files.isExecutable(EXECUTABLE),
        "Browser tests skipped: " + EXECUTABLE + " is missing (apt-get install chromium)");
    assumeTrue(Chromium.class.getClassLoader().getResource("webroot/index.html") != null,
        "Browser tests skipped: the web application is not built (was -Dfrontend.skip=true given?)");
    synchronized (Chromium.class) {
      if (running == null) {
        // The environment variable keeps Playwright from ever fetching a browser of its own.
        Playwright playwright = Playwright.create(new Playwright.CreateOptions()
            .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
            .setExecutablePath(EXECUTABLE).setHeadless(true).setArgs(FLAGS));
        running = new Running(playwright, browser);
        context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL).put("plenary-chromium", running);
      }
    }
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    BrowserContext browserContext = newContext("en-GB");
    store(context).put("context", browserContext);
    store(context).put("page", browserContext.newPage());
  }

  @Override
  public void afterEach(ExtensionContext context) {
    BrowserContext browserContext = store(context).remove("context", BrowserContext.class);
    if (browserContext != null) {
      browserContext.close();
    }
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == Page.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return store(context).get("page", Page.class);
  }

  /** A further, independent browser context (another person, or a browser set to another language); the caller closes it. */
  static BrowserContext newContext(String locale) {
    return running.browser().newContext(new Browser.NewContextOptions()
        .setBaseURL(TestServer.running().baseUrl())
        .setLocale(locale)
        .setViewportSize(1280, 900));
  }

  /**
   * A phone held upright (390×844 CSS pixels, the size the issue measured) with a touch screen, so that
   * {@code tap()} sends touch events as a finger does; the caller closes it.
   */
  static BrowserContext newPhoneContext(String locale) {
    return running.browser().newContext(new Browser.NewContextOptions()
        .setBaseURL(TestServer.running().baseUrl())
        .setLocale(locale)
        .setViewportSize(390, 844)
        .setHasTouch(true));
  }

  static Path artifact(String fileName) throws java.io.IOException {
    Files.createDirectories(ARTIFACTS);
    return ARTIFACTS.resolve(fileName);
  }

  private static ExtensionContext.Store store(ExtensionContext context) {
    return context.getStore(ExtensionContext.Namespace.create(Chromium.class, context.getUniqueId()));
  }
}
