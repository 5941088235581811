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
 * Who took part: posts and organizations by constituency and by regional group; which States spoke, who
 * aligned with which statement, on whose behalf joint statements were made. Under the Chatham House Rule
 * only counts and constituencies, never names.
 */
final class ParticipationSection {

  private ParticipationSection() {
  }

  static JsonObject build(List<TranscriptPost> posts, Identities identities) {
    JsonObject participation = new JsonObject()
        .put("posts", posts.size())
        .put("organizations", posts.stream().map(TranscriptPost::organizationId).distinct().count())
        .put("byConstituency", counts(posts, TranscriptPost::constituency, "constituency"))
        .put("byRegionalGroup", counts(posts.stream().filter(p -> p.regionalGroup().isPresent()).toList(),
            p -> p.regionalGroup().get(), "regionalGroup"));
    Map<Long, TranscriptPost> byId = posts.stream().collect(Collectors.toMap(TranscriptPost::id, p -> p));
    participation.put("alignments", alignments(posts, byId, identities));
    participation.put("jointStatements", jointStatements(posts, identities));
    if (!identities.chathamHouse()) {
      Set<String> states = new TreeSet<>();
      posts.stream().filter(p -> "state".equals(p.constituency())).forEach(p -> states.add(p.organizationName()));
      participation.put("statesThatSpoke", new JsonArray(List.copyOf(states)));
    }
    return participation;
  }

  private static JsonArray counts(List<TranscriptPost> posts, java.util.function.Function<TranscriptPost, String> key,
                                  String label) {
    Map<String, List<TranscriptPost>> grouped = posts.stream().collect(Collectors.groupingBy(key, TreeMap::new,
        Collectors.toList()));
    JsonArray counts = new JsonArray();
    grouped.forEach((value, group) -> counts.add(new JsonObject().put(label, value).put("posts", group.size())
        .put("organizations", group.stream().map(TranscriptPost::organizationId).distinct().count())));
    return counts;
  }

  private static JsonArray alignments(List<TranscriptPost> posts, Map<Long, TranscriptPost> byId, Identities identities) {
    Map<Long, JsonArray> alignedWith = new LinkedHashMap<>();
    posts.stream().filter(TranscriptPost::isCurrentPosition).forEach(p -> p.alignsWith().ifPresent(target ->
        alignedWith.computeIfAbsent(target, t -> new JsonArray())
            .add(new JsonObject().put("postId", p.id()).put("by", identities.by(p)))));
    JsonArray alignments = new JsonArray();
    alignedWith.forEach((target, aligned) -> {
      TranscriptPost statement = byId.get(target);
      if (statement != null) {
        alignments.add(new JsonObject()
            .put("statement", new JsonObject().put("postId", target).put("by", identities.by(statement)))
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
