package org.plenary.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.plenary.testing.Api;
import org.plenary.testing.PlenaryTest;
import org.plenary.testing.Response;
import org.plenary.testing.TestServer;

@PlenaryTest
@DisplayName("Serving the web application")
class FrontendTest {

  private final Api api = TestServer.api();

  @BeforeAll
  static void built() {
    assumeTrue(FrontendTest.class.getClassLoader().getResource("webroot/index.html") != null,
        "the web application is not built (-Dfrontend.skip=true)");
  }

  @Test
  @DisplayName("Every page path answers with the application, never cached, so deep links survive a reload")
  void deepLinks() {
    for (String path : new String[] {"/", "/organizations/FRA", "/topics/norms", "/no/such/page"}) {
      Response page = api.get(api.baseUrl() + path).expect(200);
      assertTrue(page.header("Content-Type").startsWith("text/html"), path);
      assertTrue(page.body().contains("<plenary-app>"), path);
      assertEquals("no-cache", page.header("Cache-Control"), path);
    }
  }

  @Test
  @DisplayName("Assets carry content hashes in their names and are cached for a year")
  void assetsCachedForever() {
    String index = api.get(api.baseUrl() + "/").expect(200).body();
    Matcher script = Pattern.compile("src=\"(/assets/[^\"]+\\.js)\"").matcher(index);
    assertTrue(script.find(), index);
    Response asset = api.get(api.baseUrl() + script.group(1)).expect(200);
    assertTrue(asset.header("Cache-Control").contains("max-age=31536000"), asset.header("Cache-Control"));
  }

  @Test
  @DisplayName("A missing asset, API operation or identity-provider path is a 404, not the application page")
  void serverPathsAreNotPages() {
    assertEquals(404, api.get(api.baseUrl() + "/assets/missing-0000.js").status());
    assertEquals(404, api.get(api.baseUrl() + "/dev-idp/no-such-endpoint").status());
    api.get("/no-such-operation").expectProblem(404);
  }
}
