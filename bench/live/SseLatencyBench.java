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
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
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
 * Delay from POST to delivery with many SSE subscribers on one thread, on one server or spread over several
 * instances of it on the same database. Not a test: run by hand against running servers (see RESULTS.md) or by
 * bench/run.sh (sse-fanout, sse-two-instances). Bounded: it opens SUBSCRIBERS streams (round robin over the
 * instances), writes POSTS posts one by one to the first instance, waits for each to reach every subscriber (at
 * most 30 s per post), then stops.
 *
 * <p>Usage: {@code SseLatencyBench <url>[,<url>...] [subscribers] [posts] [pid[,pid...]]}: with the servers'
 * process ids it reports each one's resident memory (VmRSS now, VmHWM its peak) after the fan-out. Besides the
 * delay it reports the POST's own latency (the write, before any fan-out) and, per post, the spread from the first
 * subscriber served to the last: the one is the write path, the other the fan-out.
 */
public class SseLatencyBench {

  private static final Pattern MARK = Pattern.compile("bench-(\\d+)-mark");
  /** Posts written first and not counted, as every scenario of bench/run.sh warms up (the JIT compiler's start). */
  private static final int WARMUP_POSTS = 5;

  public static void main(String[] args) throws Exception {
    List<URI> bases = Arrays.stream((args.length > 0 ? args[0] : "http://localhost:8484").split(","))
        .map(URI::create).toList();
    int subscribers = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
    int posts = args.length > 2 ? Integer.parseInt(args[2]) : 50;
    List<Long> pids = args.length > 3 ? Arrays.stream(args[3].split(",")).map(Long::parseLong).toList() : List.of();
    Vertx vertx = Vertx.vertx();
    int perInstance = subscribers / bases.size() + 50;
    List<HttpClient> clients = bases.stream().<HttpClient>map(base -> vertx.createHttpClient(new HttpClientOptions()
        .setDefaultHost(base.getHost()).setDefaultPort(base.getPort()), new PoolOptions().setHttp1MaxSize(perInstance)))
        .toList();
    HttpClient writer = clients.get(0);
    String token = await(form(writer, "/dev-idp/token", "grant_type=password&client_id=plenary-web&username=delegate-fra&password=demo"))
        .getString("access_token");
    String thread = await(json(writer, HttpMethod.POST, "/api/v1/topics/norms/threads", token,
        new JsonObject().put("title", "SSE benchmark " + System.currentTimeMillis()).put("audience", "public"))).getString("id");

    int written = WARMUP_POSTS + posts;
    AtomicLongArray sentAt = new AtomicLongArray(written);
    AtomicLongArray firstAt = new AtomicLongArray(written);
    AtomicLongArray lastAt = new AtomicLongArray(written);
    List<Long> delays = Collections.synchronizedList(new ArrayList<>());
    List<List<Long>> delaysByInstance = new ArrayList<>();
    bases.forEach(b -> delaysByInstance.add(Collections.synchronizedList(new ArrayList<>())));
    Map<Integer, AtomicInteger> received = new ConcurrentHashMap<>();
    CountDownLatch connected = new CountDownLatch(subscribers);
    AtomicInteger refused = new AtomicInteger();
    long opening = System.nanoTime();
    for (int i = 0; i < subscribers; i++) {
      int instance = i % bases.size();
      Delivery delivery = (k, now) -> {
        long delay = now - sentAt.get(k);
        if (k >= WARMUP_POSTS) {
          delays.add(delay);
          delaysByInstance.get(instance).add(delay);
        }
        firstAt.compareAndSet(k, 0, now);
        lastAt.accumulateAndGet(k, now, Math::max);
        received.computeIfAbsent(k, x -> new AtomicInteger()).incrementAndGet();
      };
      subscribe(vertx, clients.get(instance), thread, connected, refused, delivery);
    }
    if (!connected.await(300, TimeUnit.SECONDS)) {
      throw new IllegalStateException("only " + (subscribers - connected.getCount()) + " subscribers connected");
    }
    System.out.printf("%d subscribers connected on %d instance(s) in %.1f s (%d opens refused with 503 first, then"
        + " retried); writing %d posts after %d uncounted%n", subscribers, bases.size(), (System.nanoTime() - opening) / 1e9,
        refused.get(), posts, WARMUP_POSTS);
    List<Long> cpuBefore = pids.stream().map(SseLatencyBench::cpuTicks).toList();
    long postingFrom = System.nanoTime();
    List<Long> postLatencies = new ArrayList<>();
    List<Long> spreads = new ArrayList<>();
    for (int k = 0; k < written; k++) {
      long start = System.nanoTime();
      sentAt.set(k, start);
      await(json(writer, HttpMethod.POST, "/api/v1/threads/" + thread + "/posts", token,
          new JsonObject().put("language", "en").put("body", "Benchmark post bench-" + k + "-mark.")));
      if (k >= WARMUP_POSTS) {
        postLatencies.add(System.nanoTime() - start);
      }
      long deadline = System.currentTimeMillis() + 30_000;
      while (received.getOrDefault(k, new AtomicInteger()).get() < subscribers && System.currentTimeMillis() < deadline) {
        Thread.sleep(5);
      }
      if (k >= WARMUP_POSTS && lastAt.get(k) > 0) {
        spreads.add(lastAt.get(k) - firstAt.get(k));
      }
      Thread.sleep(100);
    }
    double postingSeconds = (System.nanoTime() - postingFrom) / 1e9;
    List<Long> sorted = sorted(delays);
    long expected = (long) subscribers * posts;
    System.out.printf("deliveries %d of %d%n", sorted.size(), expected);
    for (int i = 0; i < bases.size() && bases.size() > 1; i++) {
      List<Long> mine = sorted(delaysByInstance.get(i));
      System.out.printf("  on %s: median %.1f ms, p99 %.1f ms%n", bases.get(i), percentile(mine, 50), percentile(mine, 99));
    }
    List<Long> postSorted = sorted(postLatencies);
    List<Long> spreadSorted = sorted(spreads);
    System.out.printf("POST latency: median %.1f ms, max %.1f ms; first to last subscriber served: median %.1f ms, max %.1f ms%n",
        percentile(postSorted, 50), percentile(postSorted, 100), percentile(spreadSorted, 50), percentile(spreadSorted, 100));
    for (int i = 0; i < pids.size(); i++) {
      double cpu = (cpuTicks(pids.get(i)) - cpuBefore.get(i)) / 100.0;
      System.out.printf("server %d (pid %d): RSS %s MB, peak %s MB; while posting %.1f s of CPU in %.1f s (%.2f cores)%n",
          i + 1, pids.get(i), memory(pids.get(i), "VmRSS"), memory(pids.get(i), "VmHWM"), cpu, postingSeconds,
          cpu / postingSeconds);
    }
    System.out.printf("POST-to-delivery delay: median %.1f ms, p99 %.1f ms, max %.1f ms%n",
        percentile(sorted, 50), percentile(sorted, 99), sorted.get(sorted.size() - 1) / 1e6);
    vertx.close();
  }

  /** A subscriber received post {@code k} at {@code now} (nanoTime). */
  private interface Delivery {
    void received(int k, long now);
  }

  /**
   * Opens one stream; a 503 (the server takes only so many requests at once, and a thousand opens arrive
   * together) is retried after its Retry-After, as the web application does.
   */
  private static void subscribe(Vertx vertx, HttpClient http, String thread, CountDownLatch connected,
                                AtomicInteger refused, Delivery delivery) {
    http.request(new RequestOptions().setMethod(HttpMethod.GET).setURI("/api/v1/threads/" + thread + "/events"))
        .compose(request -> request.putHeader("Accept", "text/event-stream").send())
        .onSuccess(response -> {
          if (response.statusCode() == 503) {
            refused.incrementAndGet();
            long wait = 1000L * Long.parseLong(response.getHeader("Retry-After") == null ? "1" : response.getHeader("Retry-After"));
            response.body().onComplete(drained -> vertx.setTimer(wait,
                t -> subscribe(vertx, http, thread, connected, refused, delivery)));
            return;
          }
          connected.countDown();
          response.handler(chunk -> {
            long now = System.nanoTime();
            Matcher m = MARK.matcher(chunk.toString());
            while (m.find()) {
              delivery.received(Integer.parseInt(m.group(1)), now);
            }
          });
        })
        .onFailure(e -> {
          System.err.println("subscribe failed, retrying in 1 s: " + e.getMessage());
          vertx.setTimer(1000, t -> subscribe(vertx, http, thread, connected, refused, delivery));
        });
  }

  private static List<Long> sorted(List<Long> values) {
    List<Long> copy;
    synchronized (values) {
      copy = new ArrayList<>(values);
    }
    Collections.sort(copy);
    return copy;
  }

  private static double percentile(List<Long> sorted, double p) {
    if (sorted.isEmpty()) {
      return Double.NaN;
    }
    return sorted.get((int) Math.max(0, Math.min(sorted.size() - 1, Math.ceil(p / 100 * sorted.size()) - 1))) / 1e6;
  }

  /** The process's user and system time so far, in clock ticks (100 a second on Linux). */
  private static long cpuTicks(long pid) {
    try {
      String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
      String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
    } catch (Exception e) {
      return 0;
    }
  }

  private static String memory(long pid, String field) {
    try {
      return Files.readAllLines(Path.of("/proc/" + pid + "/status")).stream().filter(l -> l.startsWith(field + ":"))
          .map(l -> String.valueOf(Long.parseLong(l.replaceAll("\\D", "")) / 1024)).findFirst().orElse("?");
    } catch (Exception e) {
      return "?";
    }
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
