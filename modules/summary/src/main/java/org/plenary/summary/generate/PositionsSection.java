package org.plenary.summary.generate;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.Optional;
import org.plenary.forum.api.TranscriptPost;

/** For each guiding question, the current official positions that address it (and those that address none). */
final class PositionsSection {

  private PositionsSection() {
  }

  static JsonArray build(List<TranscriptPost> posts, List<String> guidingQuestions, Identities identities) {
    JsonArray sections = new JsonArray();
    for (int i = 0; i < guidingQuestions.size(); i++) {
      int question = i;
      sections.add(section(guidingQuestions.get(i), question,
          posts.stream().filter(p -> p.guidingQuestion().filter(q -> q == question).isPresent()).toList(), identities));
    }
    List<TranscriptPost> general = posts.stream()
        .filter(p -> p.guidingQuestion().isEmpty() && p.isCurrentPosition()).toList();
    if (!general.isEmpty() || guidingQuestions.isEmpty()) {
      sections.add(section(null, null, general, identities));
    }
    return sections;
  }

  private static JsonObject section(String question, Integer index, List<TranscriptPost> posts, Identities identities) {
    JsonArray positions = new JsonArray();
    posts.stream().filter(TranscriptPost::isCurrentPosition).forEach(p -> {
      JsonObject position = new JsonObject().put("postId", p.id()).put("by", identities.by(p)).put("language", p.language());
      firstQuotableSentence(p, identities).ifPresent(sentence -> position.put("excerpt", sentence));
      positions.add(position);
    });
    JsonObject section = new JsonObject().put("positions", positions);
    if (question != null) {
      section.put("question", question).put("index", index);
    }
    return section;
  }

  private static Optional<String> firstQuotableSentence(TranscriptPost post, Identities identities) {
    return TextAnalysis.sentences(post.text(), post.language()).stream().filter(s -> !identities.identifies(s)).findFirst();
  }
}
