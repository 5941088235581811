package org.plenary.bench.capacity;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.plenary.capacity.domain.ListingStatus;
import org.plenary.capacity.domain.Modality;
import org.plenary.capacity.domain.Need;
import org.plenary.capacity.domain.NeedContent;
import org.plenary.capacity.domain.OfferContent;
import org.plenary.capacity.matching.NeedProfile;
import org.plenary.capacity.matching.OfferProfile;
import org.plenary.capacity.matching.Profiles;
import org.plenary.capacity.matching.Ranking;
import org.plenary.capacity.service.Matcher;
import org.plenary.capacity.store.NeedStore;
import org.plenary.capacity.store.OfferStore;
import org.plenary.runtime.PlenaryApplication;
import org.plenary.server.Contexts;

/**
 * The matching benchmark of issue 5: fills a fresh database with 10,000 needs and 10,000 offers, starts
 * Plenary on it, then measures (1) matching one new need as the server does it (candidates from
 * PostgreSQL, scored in Java), (2) posting a need and reading its ranked, explained matches over HTTP,
 * and (3) a full recompute: every open need ranked against every open offer. Prints a Markdown report.
 *
 * <p>Run: {@code mvn -q -Pbench -pl bench/capacity -am -DskipTests package && java -jar
 * bench/capacity/target/capacity-bench.jar [needs offers samples]}.
 */
public final class CapacityBench {

  private static final long SEED = 20270101L;
  private static final int WARMUP = 50;
  private static final int RECOMPUTE_RUNS = 5;
  private static final int BEST = 20;

  private CapacityBench() {
  }

  public static void main(String[] args) throws Exception {
    int needs = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
    int offers = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
    int samples = args.length > 2 ? Integer.parseInt(args[2]) : 300;
    String url = System.getenv().getOrDefault("PLENARY_BENCH_DB_URL", "postgresql://postgres@127.0.0.1:5432/postgres");
    try (BenchDatabase database = new BenchDatabase(url)) {
      int port;
      try (ServerSocket socket = new ServerSocket(0)) {
        port = socket.getLocalPort();
      }
      Path data = Files.createTempDirectory("capacity-bench");
      PlenaryApplication app = await(PlenaryApplication.start(Map.of("PLENARY_HTTP_PORT", String.valueOf(port),
          "PLENARY_DB_URL", database.url(), "PLENARY_DATA_DIR", data.toString(), "PLENARY_DEMO_CONTENT", "false",
          "PLENARY_LOG_LEVEL", "WARN", "PLENARY_LOG_FORMAT", "TEXT"), new Contexts()));
      Vertx vertx = Vertx.vertx();
      try {
        new CapacityBench().run(vertx, database.pool(vertx, 8), new HttpSide("http://localhost:" + port),
            needs, offers, samples);
      } finally {
        await(vertx.close());
        await(app.stop());
      }
    }
  }

  private void run(Vertx vertx, Pool pool, HttpSide http, int needCount, int offerCount, int samples)
      throws Exception {
    Instant now = Instant.now();
    LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
    Profiles profiles = new Profiles();
    NeedStore needs = new NeedStore(pool, profiles);
    OfferStore offers = new OfferStore(pool, profiles);
    Matcher matcher = new Matcher(vertx, needs, offers, profiles);
    Map<String, UUID> delegates = await(BenchDatabase.delegates(pool));
    List<Dataset.State> states = await(BenchDatabase.states(pool));
    List<String> providers = await(BenchDatabase.providers(pool));
    Dataset dataset = new Dataset(SEED, states, today);

    long started = System.nanoTime();
    for (int done = 0; done < offerCount; done += 500) {
      List<Future<?>> batch = new ArrayList<>();
      for (int i = done; i < Math.min(offerCount, done + 500); i++) {
        String provider = dataset.anyOf(providers);
        OfferContent content = dataset.offer();
        boolean closes = dataset.closes();
        batch.add(offers.insert(pool, provider, delegates.get(provider), content, now).compose(id -> closes
            ? offers.update(pool, id, closed(content), now) : Future.succeededFuture()));
      }
      await(Future.all(batch));
    }
    for (int done = 0; done < needCount; done += 500) {
      List<Future<?>> batch = new ArrayList<>();
      for (int i = done; i < Math.min(needCount, done + 500); i++) {
        Dataset.State state = dataset.anyState();
        batch.add(needs.insert(pool, state.id(), delegates.get(state.id()), dataset.need(state), now));
      }
      await(Future.all(batch));
    }
    await(BenchDatabase.analyze(pool));
    double seedSeconds = (System.nanoTime() - started) / 1e9;

    Latencies engine = new Latencies(samples);
    long eligible = 0;
    long firstCall = 0;
    for (int i = -WARMUP; i < samples; i++) {
      Dataset.State state = dataset.anyState();
      UUID id = await(needs.insert(pool, state.id(), delegates.get(state.id()), dataset.need(state), now));
      Need need = await(needs.find(id)).orElseThrow();
      long t0 = System.nanoTime();
      int ranked = await(matcher.offersFor(need, now)).size();
      long elapsed = System.nanoTime() - t0;

      if (i == -WARMUP) {
        firstCall = elapsed;
      }
      if (i >= 0) {
        engine.add(elapsed);
        eligible += ranked;
      }
    }

    Latencies post = new Latencies(samples);
    Latencies read = new Latencies(samples);
    String token = http.token("delegate-mwi");
    Dataset.State malawi = states.stream().filter(s -> s.id().equals("MWI")).findFirst().orElseThrow();
    for (int i = -WARMUP; i < samples; i++) {
      JsonObject body = request(dataset.need(malawi));
      long t0 = System.nanoTime();
      String id = http.post(token, "/api/v1/capacity/needs", body).getString("id");
      long t1 = System.nanoTime();
      http.get(token, "/api/v1/capacity/needs/" + id + "/matches?limit=" + BEST);
      long t2 = System.nanoTime();
      if (i >= 0) {
        post.add(t1 - t0);
        read.add(t2 - t1);
      }
    }

    var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
    Latencies rankCpu = new Latencies(RECOMPUTE_RUNS);
    Latencies load = new Latencies(RECOMPUTE_RUNS);
    Latencies rank = new Latencies(RECOMPUTE_RUNS);
    Latencies full = new Latencies(RECOMPUTE_RUNS);
    int openNeeds = 0;
    int openOffers = 0;
    for (int run = 0; run < RECOMPUTE_RUNS + 1; run++) {
      long t0 = System.nanoTime();
      List<NeedProfile> allNeeds = await(needs.allMatchable(today));
      List<OfferProfile> allOffers = await(offers.allMatchable(today));
      long t1 = System.nanoTime();
      long cpu = os.getProcessCpuTime();
      Ranking.bestOffersForAll(allNeeds, allOffers, BEST);
      long t2 = System.nanoTime();
      if (run > 0) {
        rankCpu.add(os.getProcessCpuTime() - cpu);
        load.add(t1 - t0);
        rank.add(t2 - t1);
        full.add(t2 - t0);
      }
      openNeeds = allNeeds.size();
      openOffers = allOffers.size();
    }

    System.out.printf("%n## Capacity matching benchmark%n%n");
    System.out.printf("%d needs and %d offers generated and stored in %.1f s; %d cores, load average %s; %s.%n%n",
        needCount + samples + WARMUP, offerCount, seedSeconds, Runtime.getRuntime().availableProcessors(),
        Files.readString(Path.of("/proc/loadavg")).split(" ")[0], System.getProperty("java.vm.name") + " "
            + System.getProperty("java.version"));
    System.out.printf("A new need has on average %d eligible offers (open, with capacity, sharing a language and an"
        + " area), all scored and ranked. The first match after the server started took %.0f ms: it loaded the"
        + " server's copy of the offers.%n%n", eligible / samples, firstCall / 1e6);
    System.out.println("| Measure | Samples | Median ms | p99 ms | Max ms |");
    System.out.println("| --- | --- | --- | --- | --- |");
    System.out.println(engine.row("Matches for one new need (the offers brought up to date, all scored, ranked)"));
    System.out.println(post.row("HTTP POST /capacity/needs (insert, match, notify; one transaction)"));
    System.out.println(read.row("HTTP GET /capacity/needs/{id}/matches?limit=20 (ranked, explained)"));
    System.out.println(load.row("Full recompute: read " + openNeeds + " open needs and " + openOffers + " open offers"));
    System.out.println(rank.row("Full recompute: rank every need's best " + BEST + " on all cores"));
    System.out.println(full.row("Full recompute, total"));
    System.out.println(rankCpu.row("Full recompute: CPU time of the ranking, both cores together"));
  }

  private static OfferContent closed(OfferContent c) {
    return new OfferContent(c.title(), c.description(), c.areas(), c.regions(), c.languages(), c.modalities(),
        c.timeframe(), c.capacity(), ListingStatus.CLOSED);
  }

  private static JsonObject request(NeedContent c) {
    return new JsonObject().put("title", c.title()).put("description", c.description())
        .put("areas", new JsonArray(c.areas())).put("regions", new JsonArray(c.regions().subList(1, c.regions().size())))
        .put("languages", new JsonArray(c.languages()))
        .put("modalities", new JsonArray(c.modalities().stream().map(Modality::wire).toList()))
        .put("startsOn", c.timeframe().startsOn().toString()).put("endsOn", c.timeframe().endsOn().toString())
        .put("visibility", c.visibility().wire());
  }

  static <T> T await(Future<T> future) throws Exception {
    return future.toCompletionStage().toCompletableFuture().get(10, TimeUnit.MINUTES);
  }
}
