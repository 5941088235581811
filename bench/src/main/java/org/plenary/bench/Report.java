package org.plenary.bench;

import io.vertx.core.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Renders a run's JSON results as a Markdown table. Usage: {@code Report <run-dir>}; writes
 * {@code results.md} there.
 */
public final class Report {

  /** pgbench's own figure for the same SQL, when it was run for this scenario. */
  static Double pgbenchTps(Path output) throws java.io.IOException {
    if (!Files.exists(output)) {
      return null;
    }
    java.util.regex.Matcher tps = java.util.regex.Pattern.compile("tps = ([0-9.]+)").matcher(Files.readString(output));
    return tps.find() ? Double.parseDouble(tps.group(1)) : null;
  }

  /** The overload scenario apart: what was served, what was refused, and how fast /health/live answered meanwhile. */
  static String overload(List<Path> files) throws java.io.IOException {
    StringBuilder md = new StringBuilder();
    for (Path file : files) {
      JsonObject r = new JsonObject(Files.readString(file));
      if (!"overload".equals(r.getString("scenario"))) {
        continue;
      }
      if (md.length() == 0) {
        md.append("\n| Overload | Connections | Server limit | Served/s | Refused/s (503) | Served p50 ms | Served p99 ms"
            + " | /health/live p99 ms | Server RSS MB | Server CPU cores |\n|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
      }
      JsonObject served = r.getJsonObject("servedLatencyMs");
      long refused = r.getJsonObject("statuses").getLong("503", 0L);
      md.append(String.format(Locale.ROOT, "| %s | %d | %s | %.1f | %.1f | %.2f | %.2f | %.2f | %.0f | %.2f |%n",
          r.getString("scenario"), r.getInteger("connections"), r.getString("serverLimit"),
          r.getDouble("servedPerSecond"), refused / r.getDouble("seconds"), served.getDouble("p50"),
          served.getDouble("p99"), r.getJsonObject("healthLiveMs").getDouble("p99"),
          r.getJsonObject("server").getDouble("maxRssMb"), r.getJsonObject("server").getDouble("cpuCores")));
    }
    return md.toString();
  }

  /** For a scenario that stands for a page (session-page): each of the page's requests apart. */
  static String pageParts(List<Path> files) throws java.io.IOException {
    StringBuilder md = new StringBuilder();
    for (Path file : files) {
      JsonObject r = new JsonObject(Files.readString(file));
      JsonObject parts = r.getJsonObject("partsMs");
      if (parts == null) {
        continue;
      }
      md.append("\n| ").append(r.getString("scenario")).append(", by request | Requests | p50 ms | p95 ms | p99 ms |\n"
          + "|---|---:|---:|---:|---:|\n");
      for (String name : parts.fieldNames()) {
        JsonObject part = parts.getJsonObject(name);
        md.append(String.format(Locale.ROOT, "| %s | %d | %.2f | %.2f | %.2f |%n", name, part.getLong("requests"),
            part.getDouble("p50"), part.getDouble("p95"), part.getDouble("p99")));
      }
    }
    return md.toString();
  }

  /** The thread pages' SQL against a plain page of 50 posts with authors and organizations, both by pgbench. */
  static String plainPage(Path run, List<Path> files) throws java.io.IOException {
    Double plain = pgbenchTps(run.resolve("thread-plain-page.pgbench.txt"));
    if (plain == null) {
      return "";
    }
    StringBuilder md = new StringBuilder(String.format(Locale.ROOT,
        "%npgbench, a plain page (50 posts, authors, organizations): %.1f tps.", plain));
    Double pageAlone = pgbenchTps(run.resolve("thread-page-sql.pgbench.txt"));
    if (pageAlone != null) {
      md.append(String.format(Locale.ROOT, " The first page's statement alone (issue 21, goal 2): %.1f tps (plain / page"
          + " %.2f).", pageAlone, plain / pageAlone));
    }
    md.append(" Each page's SQL with the thread's head before it, as the endpoint reads it when the page is not kept:");
    for (Path file : files) {
      String scenario = file.getFileName().toString().replace(".json", "");
      Double page = scenario.startsWith("thread-") ? pgbenchTps(run.resolve(scenario + ".pgbench.txt")) : null;
      if (page != null) {
        md.append(String.format(Locale.ROOT, " %s %.1f tps (plain / page %.2f);", scenario, page, plain / page));
      }
    }
    return md.append(System.lineSeparator()).toString();
  }

  public static void main(String[] args) throws Exception {
    Path run = Path.of(args[0]);
    List<Path> files;
    try (Stream<Path> listing = Files.list(run)) {
      files = listing.filter(p -> p.toString().endsWith(".json") && !p.getFileName().toString().startsWith("manifest"))
          .sorted().toList();
    }
    StringBuilder md = new StringBuilder("| Scenario | Connections | Requests/s | p50 ms | p95 ms | p99 ms | Errors"
        + " | Server RSS MB | RSS over baseline MB | Server CPU cores | pgbench tps | Plenary / pgbench |\n"
        + "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    for (Path file : files) {
      JsonObject r = new JsonObject(Files.readString(file));
      if (!r.containsKey("latencyMs")) {
        continue;
      }
      JsonObject latency = r.getJsonObject("latencyMs");
      JsonObject server = r.getJsonObject("server");
      Double pgbench = pgbenchTps(run.resolve(r.getString("scenario") + ".pgbench.txt"));
      Double baseline = server.getDouble("baselineRssMb");
      md.append(String.format(Locale.ROOT, "| %s | %d | %.1f | %.2f | %s | %.2f | %d | %.0f | %s | %.2f | %s | %s |%n",
          r.getString("scenario"), r.getInteger("connections"), r.getDouble("throughput"), latency.getDouble("p50"),
          latency.containsKey("p95") ? String.format(Locale.ROOT, "%.2f", latency.getDouble("p95")) : "",
          latency.getDouble("p99"), r.getLong("errors"), server.getDouble("maxRssMb"),
          baseline == null ? "" : String.format(Locale.ROOT, "%+.0f", server.getDouble("maxRssMb") - baseline),
          server.getDouble("cpuCores"),
          pgbench == null ? "" : String.format(Locale.ROOT, "%.1f", pgbench),
          pgbench == null ? "" : String.format(Locale.ROOT, "%.0f%%", 100 * r.getDouble("throughput") / pgbench)));
    }
    md.append(plainPage(run, files));
    md.append(overload(files));
    md.append(pageParts(files));
    Files.writeString(run.resolve("results.md"), md.toString());
    JsonObject manifest = new JsonObject(Files.readString(run.resolve("manifest.json")));
    md.append(String.format(Locale.ROOT, "%nDataset: scale %s, seed %d, %d posts in %d threads, generated in %.1f s.%n",
        manifest.getString("scale"), manifest.getLong("seed"), manifest.getInteger("posts"),
        manifest.getInteger("threadCount"), manifest.getDouble("seconds")));
    Files.writeString(run.resolve("results.md"), md.toString());
    System.out.print(md);
  }
}
