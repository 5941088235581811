package org.plenary.bench;

import io.vertx.core.json.JsonObject;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * How long after a post is acknowledged search finds it (issue 21: new posts are indexed by a consumer of the
 * outbox after their commit; the goal is within one second). Posts a comment with a word of its own, then asks
 * search for the word every 5 ms until the post is among the results; one post after another, for the given
 * seconds, while whatever else run.sh started goes on. Usage: {@code SearchLag <base-url> <manifest.json> <seconds>}.
 * Blocking java.net.http on purpose: one request at a time, nothing to schedule.
 */
public final class SearchLag {

  private SearchLag() {
  }

  public static void main(String[] args) throws Exception {
    String base = args[0];
    JsonObject manifest = new JsonObject(Files.readString(Path.of(args[1])));
    long deadline = System.nanoTime() + Long.parseLong(args[2]) * 1_000_000_000L;
    String thread = manifest.getJsonArray("threads").getJsonObject(0).getString("id");
    HttpClient http = HttpClient.newHttpClient();
    String token = new JsonObject(http.send(HttpRequest.newBuilder(URI.create(base + "/dev-idp/token"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString("grant_type=password&client_id=plenary-web&username=delegate-est"
                + "&password=demo")).build(), HttpResponse.BodyHandlers.ofString()).body())
        .getString("access_token");
    List<Double> lags = new ArrayList<>();
    // when the search that found it was sent: the index had the post by the time that search ran, so this bounds
    // the indexing's own delay without the search request's time in the server's queue under load
    List<Double> asks = new ArrayList<>();
    int notFound = 0;
    for (int i = 0; System.nanoTime() < deadline; i++) {
      String word = "lagword" + letters(System.nanoTime()) + letters(i);
      HttpRequest post = HttpRequest.newBuilder(URI.create(base + "/api/v1/threads/" + thread
              + "/posts")).header("Content-Type", "application/json").header("Authorization", "Bearer " + token)
          .POST(HttpRequest.BodyPublishers.ofString(new JsonObject().put("language", "en")
              .put("body", "Measuring how soon search finds " + word + ".").encode())).build();
      HttpResponse<String> posted = http.send(post, HttpResponse.BodyHandlers.ofString());
      // beside 64 writers the server may be at its limit of requests in flight: wait as it asks, as a client does
      while (posted.statusCode() == 503 && System.nanoTime() < deadline) {
        Thread.sleep(1000L * Long.parseLong(posted.headers().firstValue("Retry-After").orElse("1").trim()));
        posted = http.send(post, HttpResponse.BodyHandlers.ofString());
      }
      long acknowledged = System.nanoTime();
      if (posted.statusCode() != 201) {
        throw new IllegalStateException("posting answered " + posted.statusCode() + ": " + posted.body());
      }
      String id = "post:" + new JsonObject(posted.body()).getLong("id");
      HttpRequest search = HttpRequest.newBuilder(URI.create(base + "/api/v1/search?sort=recent&q="
          + URLEncoder.encode(word, StandardCharsets.UTF_8))).build();
      boolean found = false;
      long asked = acknowledged;
      while (!found && System.nanoTime() - acknowledged < 10_000_000_000L) {
        asked = System.nanoTime();
        found = http.send(search, HttpResponse.BodyHandlers.ofString()).body().contains("\"" + id + "\"");
        if (!found) {
          Thread.sleep(5);
        }
      }
      if (found) {
        lags.add((System.nanoTime() - acknowledged) / 1e6);
        asks.add((asked - acknowledged) / 1e6);
      } else {
        notFound++;
      }
    }
    Collections.sort(lags);
    Collections.sort(asks);
    System.out.printf(Locale.ROOT, "Search lag, %d posts (%d not found in 10 s): found by a search sent p50 %.1f ms,"
            + " p95 %.1f ms, p99 %.1f ms, max %.1f ms after the post was acknowledged; answered p50 %.1f ms,"
            + " p95 %.1f ms, p99 %.1f ms, max %.1f ms after%n", lags.size(), notFound, at(asks, 0.50), at(asks, 0.95),
        at(asks, 0.99), last(asks), at(lags, 0.50), at(lags, 0.95), at(lags, 0.99), last(lags));
  }

  private static double last(List<Double> sorted) {
    return sorted.isEmpty() ? Double.NaN : sorted.get(sorted.size() - 1);
  }

  private static double at(List<Double> sorted, double quantile) {
    return sorted.isEmpty() ? Double.NaN : sorted.get((int) Math.min(sorted.size() - 1, Math.floor(quantile * sorted.size())));
  }

  /** Search splits words at digits; the word must stay one word. */
  private static String letters(long n) {
    return Long.toString(n, 26).chars().mapToObj(c -> String.valueOf((char) (Character.isDigit(c) ? 'a' + c - '0'
        : c + 10))).reduce("", String::concat);
  }
}
