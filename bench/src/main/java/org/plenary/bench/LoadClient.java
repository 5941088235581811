package org.plenary.bench;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.HdrHistogram.ConcurrentHistogram;

/**
 * A closed-loop HTTP load client: {@code connections} iterations in flight until the time is up, each
 * latency recorded; an iteration is one request, or a page's requests for a scenario that stands for a page. Usage: {@code LoadClient <scenario> <base-url> <manifest.json> <connections> <seconds>
 * <server-pid> <result.json>}. A warm-up of {@code BENCH_WARMUP} seconds (default 5) runs the same load
 * first and is not counted, so that the JIT compiler's start-up does not land in the first scenario's p99.
 * Latencies are reported for all requests and for those served (status below 400) apart, since a refusal under
 * overload is fast; a 503 with {@code Retry-After} makes that connection wait as long before its next request,
 * as a well-behaved client does. Meanwhile {@code /health/live} is asked four times a second on a connection of
 * its own, and its latency reported.
 */
public final class LoadClient {

  /**
   * HTTP/1.1 connections per iteration in flight: a page's requests sent at once (session-page's three) each need
   * one, as a browser opens several per host; a scenario of single requests never uses more than one.
   */
  private static final int REQUESTS_AT_ONCE = 3;

  public static void main(String[] args) throws Exception {
    String scenarioName = args[0];
    String baseUrl = args[1];
    JsonObject manifest = new JsonObject(Files.readString(Path.of(args[2])));
    int connections = Integer.parseInt(args[3]);
    int seconds = Integer.parseInt(args[4]);
    long pid = Long.parseLong(args[5]);

    String cursorKey = System.getenv("PLENARY_CURSOR_KEY");
    if (cursorKey != null) {
      org.plenary.platform.http.Cursor.signWith(cursorKey.trim().getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
    Vertx vertx = Vertx.vertx();
    java.net.URI uri = java.net.URI.create(baseUrl);
    HttpClient client = vertx.createHttpClient(new HttpClientOptions().setDefaultHost(uri.getHost())
        .setDefaultPort(uri.getPort()).setKeepAlive(true), new PoolOptions().setHttp1MaxSize(connections * REQUESTS_AT_ONCE));
    Scenario scenario = Scenarios.create(scenarioName, manifest, new Tokens(client));
    JsonObject result = run(vertx, client, uri, scenario, connections, seconds, pid)
        .put("scenario", scenarioName).put("connections", connections).put("seconds", seconds)
        .put("serverLimit", System.getenv().getOrDefault("PLENARY_MAX_REQUESTS_IN_FLIGHT", "default"));
    Files.writeString(Path.of(args[6]), result.encodePrettily());
    System.out.println(result.encode());
    vertx.close();
  }

  /** One kind of request of a scenario. */
  interface Scenario {
    RequestOptions next();

    default Buffer body() {
      return null;
    }

    /** A warm-up before measuring, e.g. to sign in. */
    default Future<Void> prepare() {
      return Future.succeededFuture();
    }

    /** Called when the warm-up is over and measuring begins: a scenario that keeps figures of its own resets them. */
    default void measuring() {
    }

    /** Figures of the scenario's own for the result, e.g. the latency of each of a page's requests. */
    default JsonObject details() {
      return new JsonObject();
    }

    /**
     * One iteration, timed as a whole: by default the request of {@link #next()} with {@link #body()}; a scenario
     * that stands for a page overrides it with the page's requests.
     */
    default Future<Outcome> send(HttpClient client) {
      Buffer body = body();
      return client.request(next())
          .compose(request -> body == null ? request.send() : request.send(body))
          .compose(response -> response.body().map(b -> new Outcome(response.statusCode(),
              response.statusCode() == 503 ? response.getHeader("Retry-After") : null)));
    }
  }

  /** What an iteration got: its (worst) status, and the Retry-After of a 503. */
  record Outcome(int status, String retryAfter) {
  }

  static JsonObject run(Vertx vertx, HttpClient client, java.net.URI base, Scenario scenario, int connections,
                        int seconds, long pid)
      throws InterruptedException {
    await(scenario.prepare());
    // Before the warm-up: what the server holds with none of this scenario's load, to compare its peak with.
    double baselineRssMb = ServerSampler.rssKb(pid) / 1024.0;
    int warmup = Integer.parseInt(System.getenv().getOrDefault("BENCH_WARMUP", "5"));
    if (warmup > 0) {
      CountDownLatch warm = new CountDownLatch(connections);
      long warmDeadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(warmup);
      for (int i = 0; i < connections; i++) {
        loop(vertx, client, scenario, warmDeadline, new ConcurrentHistogram(3), new ConcurrentHistogram(3), new AtomicLong(),
            new ConcurrentHashMap<>(), warm);
      }
      warm.await(warmup + 60L, TimeUnit.SECONDS);
    }
    scenario.measuring();
    ConcurrentHistogram latencies = new ConcurrentHistogram(3);
    ConcurrentHistogram served = new ConcurrentHistogram(3);
    ConcurrentHistogram healthLive = new ConcurrentHistogram(3);
    AtomicLong errors = new AtomicLong();
    Map<Integer, AtomicLong> statuses = new ConcurrentHashMap<>();
    ServerSampler sampler = new ServerSampler(pid);
    HttpClient probeClient = vertx.createHttpClient(new HttpClientOptions().setDefaultHost(base.getHost())
        .setDefaultPort(base.getPort()).setKeepAlive(true), new PoolOptions().setHttp1MaxSize(1));
    long sampling = vertx.setPeriodic(250, t -> {
      sampler.sample();
      long asked = System.nanoTime();
      probeClient.request(Scenarios.get("/health/live")).compose(request -> request.send())
          .compose(response -> response.body())
          .onComplete(answered -> healthLive.recordValue((System.nanoTime() - asked) / 1000));
    });
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
    CountDownLatch done = new CountDownLatch(connections);
    for (int i = 0; i < connections; i++) {
      loop(vertx, client, scenario, deadline, latencies, served, errors, statuses, done);
    }
    done.await(seconds + 60L, TimeUnit.SECONDS);
    vertx.cancelTimer(sampling);
    long requests = latencies.getTotalCount();
    JsonObject statusCounts = new JsonObject();
    statuses.forEach((status, count) -> statusCounts.put(String.valueOf(status), count.get()));
    return new JsonObject()
        .put("requests", requests)
        .put("errors", errors.get())
        .put("throughput", requests / (double) seconds)
        .put("latencyMs", new JsonObject()
            .put("p50", latencies.getValueAtPercentile(50) / 1000.0)
            .put("p90", latencies.getValueAtPercentile(90) / 1000.0)
            .put("p95", latencies.getValueAtPercentile(95) / 1000.0)
            .put("p99", latencies.getValueAtPercentile(99) / 1000.0)
            .put("max", latencies.getMaxValue() / 1000.0)
            .put("mean", latencies.getMean() / 1000.0))
        .put("servedPerSecond", served.getTotalCount() / (double) seconds)
        .put("servedLatencyMs", percentiles(served))
        .put("healthLiveMs", percentiles(healthLive))
        .put("statuses", statusCounts)
        .put("server", new JsonObject().put("maxRssMb", sampler.maxRssMb()).put("baselineRssMb", baselineRssMb)
            .put("cpuCores", sampler.cpuCores()))
        .mergeIn(scenario.details());
  }

  private static JsonObject percentiles(ConcurrentHistogram histogram) {
    return new JsonObject()
        .put("p50", histogram.getValueAtPercentile(50) / 1000.0)
        .put("p99", histogram.getValueAtPercentile(99) / 1000.0)
        .put("max", histogram.getMaxValue() / 1000.0);
  }

  private static void loop(Vertx vertx, HttpClient client, Scenario scenario, long deadline,
                           ConcurrentHistogram latencies, ConcurrentHistogram served, AtomicLong errors,
                           Map<Integer, AtomicLong> statuses, CountDownLatch done) {
    if (System.nanoTime() >= deadline) {
      done.countDown();
      return;
    }
    long start = System.nanoTime();
    scenario.send(client)
        .onComplete(result -> {
          long micros = (System.nanoTime() - start) / 1000;
          latencies.recordValue(micros);
          int status = result.succeeded() ? result.result().status() : -1;
          if (status < 0 || status >= 400) {
            errors.incrementAndGet();
          } else {
            served.recordValue(micros);
          }
          statuses.computeIfAbsent(status, s -> new AtomicLong()).incrementAndGet();
          String retryAfter = status == 503 ? result.result().retryAfter() : null;
          Runnable next = () -> loop(vertx, client, scenario, deadline, latencies, served, errors, statuses, done);
          if (retryAfter == null) {
            next.run();
          } else {
            vertx.setTimer(Math.max(1, Long.parseLong(retryAfter.trim()) * 1000), t -> next.run());
          }
        });
  }

  static <T> T await(Future<T> future) {
    try {
      return future.toCompletionStage().toCompletableFuture().get(60, TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
