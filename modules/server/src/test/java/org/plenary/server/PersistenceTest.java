package org.plenary.server;

import org.plenary.runtime.PlenaryApplication;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.vertx.core.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.plenary.testing.Api;
import org.plenary.testing.TestServer;

@DisplayName("The embedded database keeps its data across restarts")
class PersistenceTest {

  @Test
  @DisplayName("Stop the server, start it again: what was written is there, and earlier tokens still work")
  void restartKeepsData() throws Exception {
    Path data = Files.createTempDirectory("plenary-persistence", TestServer.OPEN_DIRECTORY);
    int port = TestServer.freePort();
    Map<String, String> env = Map.of("PLENARY_DATA_DIR", data.toString(), "PLENARY_HTTP_PORT", String.valueOf(port),
        "PLENARY_DEMO_CONTENT", "false");
    String base = "http://localhost:" + port;

    PlenaryApplication first = PlenaryApplication.start(env, new Contexts()).toCompletionStage().toCompletableFuture().get(120, TimeUnit.SECONDS);
    Api api = new Api(base);
    String token = api.passwordGrant("delegate-mwi");
    String participant = api.withToken(token).get("/me").expect(200).json().getString("id");
    api.withToken(token).put("/me/preferences", new JsonObject().put("language", "fr").put("emailDigest", false)).expect(200);
    first.stop().toCompletionStage().toCompletableFuture().get(60, TimeUnit.SECONDS);

    PlenaryApplication second = PlenaryApplication.start(env, new Contexts()).toCompletionStage().toCompletableFuture().get(120, TimeUnit.SECONDS);
    try {
      assertEquals(participant, api.withToken(token).get("/me").expect(200).json().getString("id"));
      assertEquals("fr", api.withToken(token).get("/me/preferences").expect(200).json().getString("language"));
    } finally {
      second.stop().toCompletionStage().toCompletableFuture().get(60, TimeUnit.SECONDS);
    }
  }
}
