package org.plenary.bench;

import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.HdrHistogram.ConcurrentHistogram;

/** The scenarios of a session (issue 15) over the generated session ({@link SessionDataset}). */
final class SessionScenarios {

  private static final String[] LANGUAGES = {"ar", "zh", "en", "fr", "ru", "es"};
  /** 10 MiB: half the server's default limit (PLENARY_FILE_MAX_BYTES, 20 MB). */
  static final int UPLOAD_BYTES = 10 * 1024 * 1024;

  private SessionScenarios() {
  }

  /**
   * The session page as the web application loads it for a signed-in delegate (frontend/src/pages/session-page.ts):
   * first the session (agenda, programme of work; session-speakers draws its links to the speakers lists from it
   * and asks nothing more), then, once it is shown, its components at once: the first page of its documents
   * (document-list, 50 of 200), the published written inputs and the session again (written-inputs' agendaOf).
   * One iteration is the whole page: done when the last of the four has answered; its status the worst of theirs.
   */
  static final class SessionPage implements LoadClient.Scenario {
    private final Tokens tokens;
    private final String session;
    private final Map<String, ConcurrentHistogram> parts = new LinkedHashMap<>();
    private String bearer;

    SessionPage(Tokens tokens, JsonObject manifest) {
      this.tokens = tokens;
      this.session = manifest.getJsonObject("session").getString("id");
      for (String part : List.of("session", "documents", "writtenInputs", "agendaOf")) {
        parts.put(part, new ConcurrentHistogram(3));
      }
    }

    @Override
    public Future<Void> prepare() {
      return tokens.of("delegate-fra").map(token -> {
        bearer = token;
        return null;
      });
    }

    @Override
    public RequestOptions next() {
      return signed("/api/v1/sessions/" + session);
    }

    @Override
    public Future<LoadClient.Outcome> send(HttpClient client) {
      return timed(client, "session", next()).compose(first -> Future.all(
              timed(client, "documents", signed("/api/v1/documents?session=" + session + "&limit=50")),
              timed(client, "writtenInputs", signed("/api/v1/written-inputs?session=" + session
                  + "&limit=100&status=published")),
              timed(client, "agendaOf", next()))
          .map(all -> {
            int worst = first;
            for (int i = 0; i < all.size(); i++) {
              worst = Math.max(worst, all.<Integer>resultAt(i));
            }
            return new LoadClient.Outcome(worst, null);
          }));
    }

    @Override
    public void measuring() {
      parts.values().forEach(ConcurrentHistogram::reset);
    }

    @Override
    public JsonObject details() {
      JsonObject json = new JsonObject();
      parts.forEach((name, histogram) -> json.put(name, new JsonObject().put("requests", histogram.getTotalCount())
          .put("p50", histogram.getValueAtPercentile(50) / 1000.0).put("p95", histogram.getValueAtPercentile(95) / 1000.0)
          .put("p99", histogram.getValueAtPercentile(99) / 1000.0)));
      return new JsonObject().put("partsMs", json);
    }

    private RequestOptions signed(String uri) {
      return Scenarios.get(uri).putHeader("Authorization", "Bearer " + bearer);
    }

    private Future<Integer> timed(HttpClient client, String part, RequestOptions options) {
      long start = System.nanoTime();
      return client.request(options).compose(request -> request.send())
          .compose(response -> response.body().map(body -> {
            parts.get(part).recordValue((System.nanoTime() - start) / 1000);
            return response.statusCode();
          }));
    }
  }

  /**
   * The Secretariat replaces a document's language version with a 10 MiB PDF (POST
   * /documents/{id}/languages/{language}), on the generated documents outside the session, chosen at random. The
   * PDF is made once and sent from one buffer on every connection.
   */
  static final class Upload implements LoadClient.Scenario {
    private final Tokens tokens;
    private final JsonArray targets;
    private final Buffer pdf = Buffer.buffer(UploadFile.pdf(UPLOAD_BYTES, 15));
    private String bearer;

    Upload(Tokens tokens, JsonObject manifest) {
      this.tokens = tokens;
      this.targets = manifest.getJsonObject("session").getJsonArray("uploadTargets");
    }

    @Override
    public Future<Void> prepare() {
      return tokens.of("secretariat").map(token -> {
        bearer = token;
        return null;
      });
    }

    @Override
    public RequestOptions next() {
      ThreadLocalRandom random = ThreadLocalRandom.current();
      return new RequestOptions().setMethod(HttpMethod.POST)
          .setURI("/api/v1/documents/" + targets.getString(random.nextInt(targets.size())) + "/languages/"
              + LANGUAGES[random.nextInt(LANGUAGES.length)] + "?filename=bench-10mb.pdf")
          .putHeader("Content-Type", "application/pdf")
          .putHeader("Authorization", "Bearer " + bearer);
    }

    @Override
    public Buffer body() {
      return pdf;
    }
  }
}
