package org.plenary.server.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Page;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.plenary.testing.PlenaryTest;

@PlenaryTest
@ExtendWith(Chromium.class)
@DisplayName("A light first page")
class BudgetTest {

  private static final long BUDGET_BYTES = 200 * 1024;
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @Test
  @DisplayName("The home page loads under 200 KB of compressed JavaScript")
  void firstPageJavaScript(Page page) throws Exception {
    List<String> scripts = new CopyOnWriteArrayList<>();
    page.onResponse(response -> {
      if (response.url().endsWith(".js")) {
        scripts.add(response.url());
      }
    });
    page.navigate("/");
    assertThat(page.locator("h1")).hasText("Welcome to Plenary");
    assertFalse(scripts.isEmpty(), "the page loaded no script at all");

    long compressed = 0;
    for (String script : scripts) {
      compressed += gzippedSize(script);
    }
    long total = compressed;
    assertTrue(total < BUDGET_BYTES, () -> "first page JavaScript: " + total + " bytes compressed, in " + scripts);
  }

  /** What the server sends a browser that accepts gzip, as every browser does. */
  private static long gzippedSize(String url) throws IOException, InterruptedException {
    HttpResponse<byte[]> response = HTTP.send(HttpRequest.newBuilder(URI.create(url))
        .header("Accept-Encoding", "gzip").build(), HttpResponse.BodyHandlers.ofByteArray());
    assertTrue(response.headers().firstValue("Content-Encoding").orElse("").contains("gzip"), url + " is sent uncompressed");
    return response.body().length;
  }
}
