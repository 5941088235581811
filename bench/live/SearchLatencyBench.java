import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Search latency as a client sees it (HTTP round trip, first page of 20), over a database filled by
 * generate-posts.sql. Not a test: run by hand (see RESULTS.md). Bounded: ROUNDS passes over the queries.
 */
public class SearchLatencyBench {

  private static final List<String> QUERIES = List.of(
      "critical infrastructure", "ransomware", "confidence building measures", "infrastructure critique",
      "критическая инфраструктура", "关键基础设施", "البنية التحتية", "submarine cables",
      "quantum satellites elections", "\"supply chain\"", "norms -ransomware", "CERT directory",
      "soberanía digital", "security", "transparency&sort=recent", "protection&language=fr");

  public static void main(String[] args) throws Exception {
    String base = args.length > 0 ? args[0] : "http://localhost:8484";
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 10;
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(5)).build();
    String token = token(http, base);
    for (String reader : List.of("anonymous", "delegate-fra")) {
      List<Double> all = new ArrayList<>();
      for (int round = 0; round < rounds + 1; round++) {
        for (String query : QUERIES) {
          String[] parts = query.split("&", 2);
          String url = base + "/api/v1/search?limit=20&q=" + URLEncoder.encode(parts[0], StandardCharsets.UTF_8)
              + (parts.length > 1 ? "&" + parts[1] : "");
          HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60));
          if (!reader.equals("anonymous")) {
            request.header("Authorization", "Bearer " + token);
          }
          long start = System.nanoTime();
          HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
          double ms = (System.nanoTime() - start) / 1e6;
          if (response.statusCode() != 200) {
            throw new IllegalStateException(url + " answered " + response.statusCode() + ": " + response.body());
          }
          if (round > 0) {
            all.add(ms);
          }
          if (round == 1) {
            System.out.printf("  %-6s %-40s %8.1f ms%n", reader.equals("anonymous") ? "anon" : "fra", query, ms);
          }
        }
      }
      Collections.sort(all);
      System.out.printf("%s: %d searches, median %.1f ms, p95 %.1f ms, p99 %.1f ms%n", reader, all.size(),
          pct(all, 50), pct(all, 95), pct(all, 99));
    }
  }

  private static double pct(List<Double> sorted, double p) {
    return sorted.get((int) Math.min(sorted.size() - 1, Math.ceil(p / 100 * sorted.size()) - 1));
  }

  private static String token(HttpClient http, String base) throws Exception {
    HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/dev-idp/token"))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(
            "grant_type=password&client_id=plenary-web&username=delegate-fra&password=demo")).build();
    String body = http.send(request, HttpResponse.BodyHandlers.ofString()).body();
    return body.replaceAll(".*\"access_token\"\\s*:\\s*\"([^\"]+)\".*", "$1");
  }
}
