package org.plenary.platform.translation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.plenary.platform.i18n.Language;

/**
 * The LibreTranslate adapter against a local HTTP server that speaks LibreTranslate's documented API and answers
 * the recorded exchange ({@code libretranslate/exchange.json}): no LibreTranslate server can be installed here
 * (it is Python), so this is the contract the adapter keeps with one.
 */
@DisplayName("LibreTranslate adapter: the documented API, discovery of pairs, the key, failures as 'not available'")
class LibreTranslateContractTest {

  private final Vertx vertx = Vertx.vertx();
  private final List<JsonObject> received = new CopyOnWriteArrayList<>();
  private JsonObject exchange;
  private HttpServer server;
  private volatile int delayMillis;

  @BeforeEach
  void serve() throws Exception {
    exchange = fixture();
    server = vertx.createHttpServer().requestHandler(request -> {
      if (request.path().equals("/languages") && request.method().name().equals("GET")) {
        request.response().putHeader("Content-Type", "application/json")
            .end(exchange.getJsonArray("languages").encode());
      } else if (request.path().equals("/translate") && request.method().name().equals("POST")) {
        request.body().onSuccess(body -> {
          JsonObject asked = body.toJsonObject();
          received.add(asked);
          Optional<JsonObject> recorded = List.of("translate", "translateToChinese").stream()
              .map(exchange::getJsonObject).filter(e -> e.getJsonObject("request").equals(asked)).findFirst();
          vertx.setTimer(Math.max(1, delayMillis), t -> request.response()
              .setStatusCode(recorded.isPresent() ? 200 : asked.containsKey("api_key") ? 400 : 403)
              .putHeader("Content-Type", "application/json")
              .end(recorded.map(e -> e.getJsonObject("response")).orElse(new JsonObject()
                  .put("error", "not in the recorded exchange")).encode()));
        });
      } else {
        request.response().setStatusCode(404).end();
      }
    }).listen(0).toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
  }

  @AfterEach
  void close() throws Exception {
    vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
  }

  private LibreTranslateTranslator adapter(Optional<String> key, Duration timeout) throws Exception {
    var adapter = new LibreTranslateTranslator(vertx, "http://127.0.0.1:" + server.actualPort() + "/", key, timeout);
    adapter.start().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    return adapter;
  }

  @Test
  @DisplayName("GET /languages gives the pairs among the six; POST /translate sends q, source, target, format, api_key")
  void translatesWhatTheServerServes() throws Exception {
    var adapter = adapter(Optional.of("test-key"), Duration.ofSeconds(5));
    assertTrue(adapter.serves(Language.EN, Language.RU));
    assertTrue(adapter.serves(Language.EN, Language.ZH), "zh-Hans is Chinese");
    assertFalse(adapter.serves(Language.RU, Language.FR), "Russian goes only into English there");
    assertFalse(adapter.serves(Language.EN, Language.EN));
    assertFalse(adapter.local(), "an external engine");

    Translation russian = adapter.translate("<p>Critical infrastructure must be protected.</p>", TextFormat.HTML,
        Language.EN, Language.RU).toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    assertEquals("<p>Критическая инфраструктура должна быть защищена.</p>", russian.text());
    assertEquals("libretranslate", russian.engine());
    assertEquals(List.of(), russian.via());
    assertEquals(exchange.getJsonObject("translate").getJsonObject("request"), received.get(0));

    Translation chinese = adapter.translate("Capacity-building", TextFormat.PLAIN, Language.EN, Language.ZH)
        .toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    assertEquals("能力建设", chinese.text());
    assertEquals("zh-Hans", received.get(1).getString("target"), "asked with the code the server listed");
  }

  @Test
  @DisplayName("A refused key or a slow server is 'translation not available', never an unexplained error")
  void failuresAreUnavailable() throws Exception {
    var withoutKey = adapter(Optional.empty(), Duration.ofSeconds(5));
    assertInstanceOf(TranslationUnavailable.class, cause(withoutKey, "Capacity-building"));
    delayMillis = 1500;
    var impatient = adapter(Optional.of("test-key"), Duration.ofMillis(300));
    assertInstanceOf(TranslationUnavailable.class, cause(impatient, "Capacity-building"));
  }

  @Test
  @DisplayName("A server that cannot be reached serves no pair, and the server starts all the same")
  void unreachableServesNothing() throws Exception {
    var adapter = new LibreTranslateTranslator(vertx, "http://127.0.0.1:1", Optional.empty(), Duration.ofSeconds(2));
    adapter.start().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    assertFalse(adapter.serves(Language.EN, Language.FR));
  }

  private static Throwable cause(LibreTranslateTranslator adapter, String text) throws Exception {
    try {
      adapter.translate(text, TextFormat.PLAIN, Language.EN, Language.ZH)
          .toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
      throw new AssertionError("translated although it should not have");
    } catch (ExecutionException e) {
      return e.getCause();
    }
  }

  private static JsonObject fixture() throws IOException {
    try (InputStream in = LibreTranslateContractTest.class.getResourceAsStream("/libretranslate/exchange.json")) {
      return new JsonObject(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
  }
}
