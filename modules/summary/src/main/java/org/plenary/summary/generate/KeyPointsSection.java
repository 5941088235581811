package org.plenary.summary.generate;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Key points: the most central sentences that do not repeat each other, at least one for each guiding
 * question (or constituency) that has any, and at least one for every constituency that spoke: a
 * stakeholder's sentence that echoes the States' is central, and so the most likely to lose to theirs as
 * a repetition. Each is quoted exactly from its post and cites it.
 */
final class KeyPointsSection {

  static final int POINTS = 12;
  private static final double LAMBDA = 0.7;

  private KeyPointsSection() {
  }

  static JsonArray build(List<Sentence> ranked, List<String> guidingQuestions, Identities identities) {
    List<Sentence> chosen = new ArrayList<>(SentenceGraph.diverse(ranked, POINTS, LAMBDA));
    Map<String, List<Sentence>> byGroup = new LinkedHashMap<>();
    ranked.stream().sorted(Comparator.comparingDouble((Sentence s) -> -s.centrality))
        .forEach(s -> byGroup.computeIfAbsent(group(s, guidingQuestions), g -> new ArrayList<>()).add(s));
    byGroup.forEach((group, sentences) -> {
      if (chosen.stream().noneMatch(s -> group(s, guidingQuestions).equals(group))) {
        chosen.add(sentences.get(0));
      }
    });
    mostCentralOfEach(ranked, s -> s.post.constituency()).forEach((constituency, sentence) -> {
      if (chosen.stream().noneMatch(s -> s.post.constituency().equals(constituency))) {
        chosen.add(sentence);
      }
    });

    Map<String, JsonArray> points = new LinkedHashMap<>();
    byGroup.keySet().forEach(group -> points.put(group, new JsonArray()));
    chosen.stream().sorted(Comparator.comparingLong((Sentence s) -> s.post.seq()))
        .forEach(s -> points.get(group(s, guidingQuestions)).add(new JsonObject()
            .put("text", s.text).put("postId", s.post.id()).put("by", identities.by(s.post)).put("language", s.language)
            .put("constituency", s.post.constituency())));
    JsonArray groups = new JsonArray();
    points.forEach((group, list) -> groups.add(label(group, guidingQuestions).put("points", list)));
    return groups;
  }

  /** Each key's most central sentence. */
  private static Map<String, Sentence> mostCentralOfEach(List<Sentence> ranked, Function<Sentence, String> key) {
    Map<String, Sentence> best = new LinkedHashMap<>();
    ranked.forEach(s -> best.merge(key.apply(s), s, (a, b) -> a.centrality >= b.centrality ? a : b));
    return best;
  }

  /** How many key points come from each constituency. */
  static Map<String, Integer> countByConstituency(JsonArray keyPoints) {
    Map<String, Integer> counts = new HashMap<>();
    keyPoints.forEach(group -> ((JsonObject) group).getJsonArray("points")
        .forEach(point -> counts.merge(((JsonObject) point).getString("constituency"), 1, Integer::sum)));
    return counts;
  }

  private static String group(Sentence s, List<String> guidingQuestions) {
    return s.post.guidingQuestion().filter(q -> q < guidingQuestions.size()).map(q -> "question:" + q)
        .orElse("constituency:" + s.post.constituency());
  }

  private static JsonObject label(String group, List<String> guidingQuestions) {
    String[] parts = group.split(":", 2);
    if ("question".equals(parts[0])) {
      int index = Integer.parseInt(parts[1]);
      return new JsonObject().put("kind", "question").put("index", index).put("label", guidingQuestions.get(index));
    }
    return new JsonObject().put("kind", "constituency").put("constituency", parts[1])
        .put("label", Identities.constituency(parts[1]));
  }
}
