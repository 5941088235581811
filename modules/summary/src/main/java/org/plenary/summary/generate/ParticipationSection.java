package org.plenary.summary.generate;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.plenary.forum.api.TranscriptPost;

/**
 * Who took part: posts and organizations by constituency and by regional group, and how many key points
 * came from each constituency; which States spoke, who aligned with which statement, on whose behalf joint
 * statements were made. Under the Chatham House Rule only counts and constituencies, never names, and no
 * count of one or two speakers (or contributions) in a regional group or constituency, which would point
 * at the speaker: {@code organizationsFewerThan: 3} instead of {@code organizations}.
 */
final class ParticipationSection {

  /** Under the Chatham House Rule, counts below this are shown as "fewer than" it. */
  static final int SMALLEST_SHOWN = 3;

  private ParticipationSection() {
  }

  /** @param keyPoints how many key points came from each constituency */
  static JsonObject build(List<TranscriptPost> posts, Identities identities, PositionHistory history,
                          Map<String, Integer> keyPoints) {
    JsonArray byConstituency = counts(posts, TranscriptPost::constituency, "constituency", identities);
    byConstituency.forEach(c -> ((JsonObject) c).put("keyPoints",
        keyPoints.getOrDefault(((JsonObject) c).getString("constituency"), 0)));
    JsonObject participation = new JsonObject()
        .put("posts", posts.size())
        .put("organizations", posts.stream().map(TranscriptPost::organizationId).distinct().count())
        .put("byConstituency", byConstituency)
        .put("byRegionalGroup", counts(posts.stream().filter(p -> p.regionalGroup().isPresent()).toList(),
            p -> p.regionalGroup().get(), "regionalGroup", identities));
    Map<Long, TranscriptPost> byId = posts.stream().collect(Collectors.toMap(TranscriptPost::id, p -> p));
    participation.put("alignments", alignments(posts, byId, identities, history));
    participation.put("jointStatements", jointStatements(posts, identities));
    if (!identities.chathamHouse()) {
      Set<String> states = new TreeSet<>();
      posts.stream().filter(p -> "state".equals(p.constituency())).forEach(p -> states.add(p.organizationName()));
      participation.put("statesThatSpoke", new JsonArray(List.copyOf(states)));
    }
    return participation;
  }

  private static JsonArray counts(List<TranscriptPost> posts, java.util.function.Function<TranscriptPost, String> key,
                                  String label, Identities identities) {
    Map<String, List<TranscriptPost>> grouped = posts.stream().collect(Collectors.groupingBy(key, TreeMap::new,
        Collectors.toList()));
    JsonArray counts = new JsonArray();
    grouped.forEach((value, group) -> {
      JsonObject count = new JsonObject().put(label, value);
      count(count, "posts", group.size(), identities);
      count(count, "organizations", group.stream().map(TranscriptPost::organizationId).distinct().count(), identities);
      counts.add(count);
    });
    return counts;
  }

  /** {@code name: n}, or under the Chatham House Rule {@code nameFewerThan: 3} when n is 1 or 2. */
  private static void count(JsonObject json, String name, long n, Identities identities) {
    if (identities.chathamHouse() && n < SMALLEST_SHOWN) {
      json.put(name + "FewerThan", SMALLEST_SHOWN);
    } else {
      json.put(name, n);
    }
  }

  private static JsonArray alignments(List<TranscriptPost> posts, Map<Long, TranscriptPost> byId, Identities identities,
                                      PositionHistory history) {
    Map<Long, JsonArray> alignedWith = new LinkedHashMap<>();
    posts.stream().filter(TranscriptPost::isCurrentPosition).forEach(p -> p.alignsWith().ifPresent(target ->
        alignedWith.computeIfAbsent(target, t -> new JsonArray())
            .add(new JsonObject().put("postId", p.id()).put("by", identities.by(p)))));
    JsonArray alignments = new JsonArray();
    alignedWith.forEach((target, aligned) -> {
      TranscriptPost statement = byId.get(target);
      if (statement != null) {
        alignments.add(new JsonObject()
            .put("statement", history.describe(new JsonObject().put("postId", target).put("by", identities.by(statement)),
                statement))
            .put("alignedBy", aligned));
      }
    });
    return alignments;
  }

  private static JsonArray jointStatements(List<TranscriptPost> posts, Identities identities) {
    JsonArray joint = new JsonArray();
    posts.stream().filter(p -> p.isCurrentPosition() && !p.onBehalfOf().isEmpty()).forEach(p -> {
      JsonObject statement = new JsonObject().put("postId", p.id()).put("deliveredBy", identities.by(p))
          .put("onBehalfOfCount", p.onBehalfOf().size());
      if (!identities.chathamHouse()) {
        statement.put("onBehalfOf", new JsonArray(p.onBehalfOfNames()));
      }
      joint.add(statement);
    });
    return joint;
  }
}
