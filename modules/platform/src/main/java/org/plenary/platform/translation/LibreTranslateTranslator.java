package org.plenary.platform.translation;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import java.time.Duration;
import java.util.HashSet;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.plenary.platform.i18n.Language;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A LibreTranslate-compatible server (LibreTranslate's documented API: {@code GET /languages} lists each language
 * with the {@code targets} it translates into, {@code POST /translate} takes {@code q}, {@code source},
 * {@code target}, {@code format} and {@code api_key} and answers {@code translatedText}). The text leaves this
 * server: it is an external engine, given restricted text only where the configuration allows it.
 */
public final class LibreTranslateTranslator implements Translator {

  public static final String ENGINE = "libretranslate";
  private static final Logger LOG = LoggerFactory.getLogger(LibreTranslateTranslator.class);

  private final WebClient client;
  private final String baseUrl;
  private final Optional<String> key;
  private final Duration timeout;
  private volatile Discovered discovered = new Discovered(Set.of(), Map.of());

  /** The pairs a server serves, and how it writes each language's code ("zh" or "zh-Hans"). */
  record Discovered(Set<String> pairs, Map<Language, String> codes) {
  }

  public LibreTranslateTranslator(Vertx vertx, String baseUrl, Optional<String> key, Duration timeout) {
    this.client = WebClient.create(vertx);
    this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    this.key = key;
    this.timeout = timeout;
  }

  /** Learns the pairs the server serves; a server that does not answer serves none, and the log says so. */
  @Override
  public Future<Void> start() {
    return client.getAbs(baseUrl + "/languages").timeout(timeout.toMillis()).send()
        .map(response -> {
          discovered = discover(ok(response).toJsonArray());
          LOG.info("LibreTranslate at {} serves {}", baseUrl, discovered.pairs());
          return (Void) null;
        })
        .recover(failure -> {
          LOG.warn("LibreTranslate at {} is not usable, so it translates nothing: {}", baseUrl, failure.getMessage());
          return Future.succeededFuture();
        });
  }

  static Discovered discover(JsonArray languages) {
    Set<String> found = new HashSet<>();
    Map<Language, String> codes = new EnumMap<>(Language.class);
    for (Object entry : languages) {
      JsonObject language = (JsonObject) entry;
      Optional<Language> from = Language.of(language.getString("code"));
      from.ifPresent(source -> codes.putIfAbsent(source, language.getString("code")));
      JsonArray targets = language.getJsonArray("targets", new JsonArray());
      from.ifPresent(source -> targets.stream().map(String::valueOf).map(Language::of).flatMap(Optional::stream)
          .filter(target -> target != source).forEach(target -> found.add(pair(source, target))));
    }
    return new Discovered(Set.copyOf(found), Map.copyOf(codes));
  }

  @Override
  public String engine() {
    return ENGINE;
  }

  @Override
  public boolean local() {
    return false;
  }

  @Override
  public boolean serves(Language from, Language to) {
    return discovered.pairs().contains(pair(from, to));
  }

  @Override
  public Future<Translation> translate(String text, TextFormat format, Language from, Language to) {
    JsonObject request = new JsonObject().put("q", text).put("source", code(from)).put("target", code(to))
        .put("format", format == TextFormat.HTML ? "html" : "text");
    key.ifPresent(k -> request.put("api_key", k));
    return client.postAbs(baseUrl + "/translate").timeout(timeout.toMillis()).sendJsonObject(request)
        .map(response -> ok(response).toJsonObject().getString("translatedText"))
        .compose(translated -> translated == null
            ? Future.failedFuture(new TranslationUnavailable(ENGINE, "an answer without translatedText"))
            : Future.succeededFuture(new Translation(translated, from, to, ENGINE, List.of())))
        .recover(failure -> Future.failedFuture(failure instanceof TranslationUnavailable ? failure
            : new TranslationUnavailable(ENGINE, String.valueOf(failure.getMessage()))));
  }

  /** The body of a 200; any other status (a wrong key: 403; too many requests: 429) is the engine unavailable. */
  private static Buffer ok(HttpResponse<Buffer> response) {
    if (response.statusCode() != 200) {
      throw new TranslationUnavailable(ENGINE, "HTTP " + response.statusCode());
    }
    return response.body() == null ? Buffer.buffer() : response.body();
  }

  /** LibreTranslate names Chinese "zh" (older servers) or "zh-Hans"; it is asked with what it listed. */
  private String code(Language language) {
    return discovered.codes().getOrDefault(language, language.code());
  }

  private static String pair(Language from, Language to) {
    return from.code() + "-" + to.code();
  }

  @Override
  public Future<Void> stop() {
    client.close();
    return Future.succeededFuture();
  }
}
