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
 * A closed-loop HTTP load client: {@code connections} requests in flight until the time is up, each
 * latency recorded. Usage: {@code LoadClient <scenario> <base-url> <manifest.json> <connections> <seconds>
 * <server-pid> <result.json>}. A warm-up of {@code BENCH_WARMUP} seconds (default 5) runs the same load
 * first and is not counted, so that the JIT compiler's start-up does not land in the first scenario's p99.
 */
public final class LoadClient {

  public static void main(String[] args) throws Exception {
    String scenarioName = args[0];
    String baseUrl = args[1];
    JsonObject manifest = new JsonObject(Files.readString(Path.of(args[2])));
    int connections = Integer.parseInt(args[3]);
    int seconds = Integer.parseInt(args[4]);
    long pid = Long.parseLong(args[5]);

    Vertx vertx = Vertx.vertx();
    java.net.URI uri = java.net.URI.create(baseUrl);
    HttpClient client = vertx.createHttpClient(new HttpClientOptions().setDefaultHost(uri.getHost())
        .setDefaultPort(uri.getPort()).setKeepAlive(true), new PoolOptions().setHttp1MaxSize(connections));
    Scenario scenario = Scenarios.create(scenarioName, manifest, new Tokens(client));
    JsonObject result = run(vertx, client, scenario, connections, seconds, pid)
        .put("scenario", scenarioName).put("connections", connections).put("seconds", seconds);
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
  }

  static JsonObject run(Vertx vertx, HttpClient client, Scenario scenario, int connections, int seconds, long pid)
      throws InterruptedException {
    await(scenario.prepare());
    int warmup = Integer.parseInt(System.getenv().getOrDefault("BENCH_WARMUP", "5"));
    if (warmup > 0) {
      CountDownLatch warm = new CountDownLatch(connections);
      long warmDeadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(warmup);
      for (int i = 0; i < connections; i++) {
        loop(client, scenario, warmDeadline, new ConcurrentHistogram(3), new AtomicLong(), new ConcurrentHashMap<>(), warm);
      }
      warm.await(warmup + 60L, TimeUnit.SECONDS);
    }
    ConcurrentHistogram latencies = new ConcurrentHistogram(3);
    AtomicLong errors = new AtomicLong();
    Map<Integer, AtomicLong> statuses = new ConcurrentHashMap<>();
    ServerSampler sampler = new ServerSampler(pid);
    long sampling = vertx.setPeriodic(250, t -> sampler.sample());
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
    CountDownLatch done = new CountDownLatch(connections);
    for (int i = 0; i < connections; i++) {
      loop(client, scenario, deadline, latencies, errors, statuses, done);
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
            .put("p99", latencies.getValueAtPercentile(99) / 1000.0)
            .put("max", latencies.getMaxValue() / 1000.0)
            .put("mean", latencies.getMean() / 1000.0))
        .put("statuses", statusCounts)
        .put("server", new JsonObject().put("maxRssMb", sampler.maxRssMb()).put("cpuCores", sampler.cpuCores()));
  }

  private static void loop(HttpClient client, Scenario scenario, long deadline, ConcurrentHistogram latencies,
                           AtomicLong errors, Map<Integer, AtomicLong> statuses, CountDownLatch done) {
    if (System.nanoTime() >= deadline) {
      done.countDown();
      return;
    }
    long start = System.nanoTime();
    RequestOptions options = scenario.next();
    Buffer body = scenario.body();
    client.request(options)
        .compose(request -> body == null ? request.send() : request.send(body))
        .compose(response -> response.body().map(b -> response.statusCode()))
        .onComplete(result -> {
          latencies.recordValue((System.nanoTime() - start) / 1000);
          if (result.failed() || result.result() >= 400) {
            errors.incrementAndGet();
          }
          statuses.computeIfAbsent(result.succeeded() ? result.result() : -1, s -> new AtomicLong()).incrementAndGet();
          loop(client, scenario, deadline, latencies, errors, statuses, done);
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
