import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.json.JsonObject;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Delay from POST to delivery with many SSE subscribers on one thread. Not a test: run by hand against a
 * running server (see RESULTS.md). Bounded: it opens SUBSCRIBERS streams, writes POSTS posts one by one,
 * waits for each to reach every subscriber (at most 30 s per post), then stops.
 */
public class SseLatencyBench {

  private static final Pattern MARK = Pattern.compile("bench-(\\d+)-mark");

  public static void main(String[] args) throws Exception {
    URI base = URI.create(args.length > 0 ? args[0] : "http://localhost:8484");
    int subscribers = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
    int posts = args.length > 2 ? Integer.parseInt(args[2]) : 50;
    Vertx vertx = Vertx.vertx();
    HttpClient http = vertx.createHttpClient(new HttpClientOptions().setDefaultHost(base.getHost())
        .setDefaultPort(base.getPort()), new PoolOptions().setHttp1MaxSize(subscribers + 50));
    String token = await(form(http, "/dev-idp/token", "grant_type=password&client_id=plenary-web&username=delegate-fra&password=demo"))
        .getString("access_token");
    String thread = await(json(http, HttpMethod.POST, "/api/v1/topics/norms/threads", token,
        new JsonObject().put("title", "SSE benchmark " + System.currentTimeMillis()).put("audience", "public"))).getString("id");

    AtomicLongArray sentAt = new AtomicLongArray(posts);
    List<Long> delays = Collections.synchronizedList(new ArrayList<>());
    Map<Integer, AtomicInteger> received = new ConcurrentHashMap<>();
    CountDownLatch connected = new CountDownLatch(subscribers);
    AtomicInteger refused = new AtomicInteger();
    for (int i = 0; i < subscribers; i++) {
      subscribe(vertx, http, thread, connected, refused, sentAt, delays, received);
    }
    if (!connected.await(120, TimeUnit.SECONDS)) {
      throw new IllegalStateException("only " + (subscribers - connected.getCount()) + " subscribers connected");
    }
    System.out.printf("%d subscribers connected (%d opens refused with 503 first, then retried); writing %d posts%n",
        subscribers, refused.get(), posts);
    for (int k = 0; k < posts; k++) {
      sentAt.set(k, System.nanoTime());
      await(json(http, HttpMethod.POST, "/api/v1/threads/" + thread + "/posts", token,
          new JsonObject().put("language", "en").put("body", "Benchmark post bench-" + k + "-mark.")));
      long deadline = System.currentTimeMillis() + 30_000;
      while (received.getOrDefault(k, new AtomicInteger()).get() < subscribers && System.currentTimeMillis() < deadline) {
        Thread.sleep(5);
      }
      Thread.sleep(100);
    }
    List<Long> sorted = new ArrayList<>(delays);
    Collections.sort(sorted);
    long expected = (long) subscribers * posts;
    System.out.printf("deliveries %d of %d%n", sorted.size(), expected);
    System.out.printf("POST-to-delivery delay: median %.1f ms, p99 %.1f ms, max %.1f ms%n",
        percentile(sorted, 50), percentile(sorted, 99), sorted.get(sorted.size() - 1) / 1e6);
    vertx.close();
  }

  /**
   * Opens one stream; a 503 (the server takes only so many requests at once, and a thousand opens arrive
   * together) is retried after its Retry-After, as the web application does.
   */
  private static void subscribe(Vertx vertx, HttpClient http, String thread, CountDownLatch connected,
                                AtomicInteger refused, AtomicLongArray sentAt, List<Long> delays,
                                Map<Integer, AtomicInteger> received) {
    http.request(new RequestOptions().setMethod(HttpMethod.GET).setURI("/api/v1/threads/" + thread + "/events"))
        .compose(request -> request.putHeader("Accept", "text/event-stream").send())
        .onSuccess(response -> {
          if (response.statusCode() == 503) {
            refused.incrementAndGet();
            long wait = 1000L * Long.parseLong(response.getHeader("Retry-After") == null ? "1" : response.getHeader("Retry-After"));
            response.body().onComplete(drained -> vertx.setTimer(wait,
                t -> subscribe(vertx, http, thread, connected, refused, sentAt, delays, received)));
            return;
          }
          connected.countDown();
          response.handler(chunk -> {
            long now = System.nanoTime();
            Matcher m = MARK.matcher(chunk.toString());
            while (m.find()) {
              int k = Integer.parseInt(m.group(1));
              delays.add(now - sentAt.get(k));
              received.computeIfAbsent(k, x -> new AtomicInteger()).incrementAndGet();
            }
          });
        })
        .onFailure(e -> System.err.println("subscribe failed: " + e.getMessage()));
  }

  private static double percentile(List<Long> sorted, double p) {
    return sorted.get((int) Math.min(sorted.size() - 1, Math.ceil(p / 100 * sorted.size()) - 1)) / 1e6;
  }

  private static Future<JsonObject> form(HttpClient http, String path, String body) {
    return http.request(HttpMethod.POST, path).compose(request -> request
            .putHeader("Content-Type", "application/x-www-form-urlencoded").send(body))
        .compose(response -> response.body()).map(Buffer::toJsonObject);
  }

  private static Future<JsonObject> json(HttpClient http, HttpMethod method, String path, String token, JsonObject body) {
    return http.request(method, path).compose(request -> request.putHeader("Authorization", "Bearer " + token)
            .putHeader("Content-Type", "application/json").send(body.encode()))
        .compose(response -> response.body().map(buffer -> {
          if (response.statusCode() >= 300) {
            throw new IllegalStateException(path + " answered " + response.statusCode() + ": " + buffer);
          }
          return buffer.toJsonObject();
        }));
  }

  private static <T> T await(Future<T> future) throws Exception {
    return future.toCompletionStage().toCompletableFuture().get(60, TimeUnit.SECONDS);
  }
}
