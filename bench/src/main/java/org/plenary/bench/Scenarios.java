package org.plenary.bench;

import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.plenary.platform.http.Cursor;

/** The load scenarios, by name, over the generated dataset. */
final class Scenarios {

  private static final List<String> AUTHORS = List.of("delegate-fra", "delegate-est", "delegate-mwi", "delegate-bra",
      "delegate-idn", "cs-opennet", "ps-contoso", "ac-institute");

  /** Common and rare words and phrases, in several of the UN languages. */
  private static final List<String> SEARCHES = List.of("critical infrastructure", "ransomware", "capacity-building",
      "international law", "infrastructures critiques", "derecho internacional", "критической инфраструктуры",
      "关键基础设施", "البنية التحتية", "points of contact", "\"responsible reporting\"", "norms -ransomware");

  private Scenarios() {
  }

  static LoadClient.Scenario create(String name, JsonObject manifest, Tokens tokens) {
    JsonArray big = manifest.getJsonArray("bigThreads");
    JsonArray threads = manifest.getJsonArray("threads");
    JsonArray topics = manifest.getJsonArray("topics");
    return switch (name) {
      case "thread-first-page" -> () -> get("/api/v1/threads/" + pick(big).getString("id") + "/posts");
      // The same reads from many more connections than the server takes at once (OVERLOAD_CONNECTIONS).
      case "overload" -> () -> get("/api/v1/threads/" + pick(big).getString("id") + "/posts");
      // A page in the thread's second half as a reader following `next` links from the first page reaches it: after
      // post 2,500, 2,550, ... 4,900 (the web application's pages are 50 posts), so readers share its windows.
      case "thread-deep-page" -> () -> {
        int page = ThreadLocalRandom.current().nextInt(DatasetGenerator.BIG_THREAD / 2 / PAGE,
            DatasetGenerator.BIG_THREAD / PAGE - 1);
        return get("/api/v1/threads/" + pick(big).getString("id") + "/posts?cursor=" + cursor(page * PAGE));
      };
      // A reader who has the first page asks for it again with its ETag (If-None-Match): 304 while it has not changed.
      case "thread-revalidate" -> new Revalidating(() -> get("/api/v1/threads/" + pick(big).getString("id") + "/posts"));
      case "thread-last-page" -> () -> get("/api/v1/threads/" + pick(big).getString("id") + "/posts?before=end");
      case "topic-threads" -> () -> get("/api/v1/topics/" + topics.getString(ThreadLocalRandom.current()
          .nextInt(topics.size())) + "/threads");
      // 64 writers spread over 100 threads, and the same 64 all into one thread (issue 21: no queue behind one lock)
      case "post-comment" -> new PostComment(tokens, first(threads, SPREAD_THREADS));
      case "post-comment-hot" -> new PostComment(tokens, first(threads, 1));
      case "summary-5000" -> new Summary(tokens, big);
      // the same searches one at a time (run.sh gives them one connection): the latency of a search alone, goal 5
      case "search", "search-alone" -> () -> search();
      case "search-signed-in", "search-signed-in-alone" -> new SignedInSearch(tokens);
      case "session-page" -> new SessionScenarios.SessionPage(tokens, manifest);
      case "upload-10mb" -> new SessionScenarios.Upload(tokens, manifest);
      default -> throw new IllegalArgumentException("unknown scenario " + name);
    };
  }

  /** The posts of a thread page as the web application asks for them. */
  private static final int PAGE = 50;

  /** The threads post-comment spreads its writers over; the pgbench script picks among as many (PgbenchScripts). */
  static final int SPREAD_THREADS = 100;

  private static JsonArray first(JsonArray threads, int count) {
    return new JsonArray(threads.getList().subList(0, Math.min(count, threads.size())));
  }

  /** One of the twelve searches, as an anonymous reader (public documents only). */
  static RequestOptions search() {
    return get("/api/v1/search?q=" + java.net.URLEncoder.encode(
        SEARCHES.get(ThreadLocalRandom.current().nextInt(SEARCHES.size())), StandardCharsets.UTF_8));
  }

  /** The same searches by a State's delegate, who may find the documents of every audience but the Secretariat's. */
  private static final class SignedInSearch implements LoadClient.Scenario {
    private final Tokens tokens;
    private String bearer;

    SignedInSearch(Tokens tokens) {
      this.tokens = tokens;
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
      return search().putHeader("Authorization", "Bearer " + bearer);
    }
  }

  static RequestOptions get(String uri) {
    return new RequestOptions().setMethod(HttpMethod.GET).setURI(uri);
  }

  static JsonObject pick(JsonArray array) {
    return array.getJsonObject(ThreadLocalRandom.current().nextInt(array.size()));
  }

  /**
   * The API's cursor for "after sequence number seq", signed with the server's key (run.sh gives both the same
   * PLENARY_CURSOR_KEY): the server accepts only cursors it signed.
   */
  static String cursor(int seq) {
    return Cursor.encode(seq);
  }

  /** Comments of ~400 characters into public threads, by several personas with real tokens. */
  private static final class PostComment implements LoadClient.Scenario {
    private final Tokens tokens;
    private final JsonArray threads;
    private final String[] bearer = new String[AUTHORS.size()];
    private final Buffer body = Buffer.buffer(new JsonObject().put("language", "en")
        .put("body", "We support the protection of critical infrastructure through international cooperation. ".repeat(5))
        .encode());

    PostComment(Tokens tokens, JsonArray threads) {
      this.tokens = tokens;
      this.threads = threads;
    }

    @Override
    public Future<Void> prepare() {
      Future<Void> chain = Future.succeededFuture();
      for (int i = 0; i < AUTHORS.size(); i++) {
        int index = i;
        chain = chain.compose(v -> tokens.of(AUTHORS.get(index)).map(token -> {
          bearer[index] = token;
          return null;
        }));
      }
      return chain;
    }

    @Override
    public RequestOptions next() {
      return new RequestOptions().setMethod(HttpMethod.POST)
          .setURI("/api/v1/threads/" + pick(threads).getString("id") + "/posts")
          .putHeader("Content-Type", "application/json")
          .putHeader("Authorization", "Bearer " + bearer[ThreadLocalRandom.current().nextInt(bearer.length)]);
    }

    @Override
    public Buffer body() {
      return body;
    }
  }

  /** A moderator generates a draft summary of a 5,000-post thread. */
  private static final class Summary implements LoadClient.Scenario {
    private final Tokens tokens;
    private final JsonArray big;
    private String bearer;

    Summary(Tokens tokens, JsonArray big) {
      this.tokens = tokens;
      this.big = big;
    }

    @Override
    public Future<Void> prepare() {
      return tokens.of("moderator").map(token -> {
        bearer = token;
        return null;
      });
    }

    @Override
    public RequestOptions next() {
      return new RequestOptions().setMethod(HttpMethod.POST)
          .setURI("/api/v1/threads/" + pick(big).getString("id") + "/summaries")
          .putHeader("Authorization", "Bearer " + bearer);
    }
  }
}
