package org.plenary.server;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.plenary.testing.Api;

/** Everything one reader of the demo sees through the API: every topic's threads, every thread's posts, all pages. */
final class DemoReader {

  /** A thread as listed, with all its posts the reader may read. */
  record SeenThread(JsonObject thread, List<JsonObject> posts) {
  }

  private DemoReader() {
  }

  static Map<String, List<SeenThread>> read(Api reader) {
    Map<String, List<SeenThread>> byTopic = new LinkedHashMap<>();
    for (Object topic : reader.get("/topics").expect(200).items()) {
      String id = ((JsonObject) topic).getString("id");
      List<SeenThread> threads = new ArrayList<>();
      for (JsonObject thread : pages(reader, "/topics/" + id + "/threads?limit=100")) {
        threads.add(new SeenThread(thread, pages(reader, "/threads/" + thread.getString("id") + "/posts?limit=500")));
      }
      byTopic.put(id, threads);
    }
    return byTopic;
  }

  static List<SeenThread> all(Map<String, List<SeenThread>> byTopic) {
    return byTopic.values().stream().flatMap(List::stream).toList();
  }

  static List<JsonObject> posts(Map<String, List<SeenThread>> byTopic) {
    return all(byTopic).stream().flatMap(thread -> thread.posts().stream()).toList();
  }

  private static List<JsonObject> pages(Api reader, String path) {
    List<JsonObject> items = new ArrayList<>();
    String next = null;
    do {
      JsonObject page = reader.get(next == null ? path
          : path + "&cursor=" + URLEncoder.encode(next, StandardCharsets.UTF_8)).expect(200).json();
      JsonArray got = page.getJsonArray("items");
      got.forEach(item -> items.add((JsonObject) item));
      next = page.getString("next");
    } while (next != null);
    return items;
  }
}
