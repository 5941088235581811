package org.plenary.summary.generate;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.plenary.forum.api.TranscriptPost;

/**
 * Convergence: statements that standing positions from several regional groups echo. Divergence: replies
 * and rights of reply that disagree, quoted where a sentence says so (divergence between the positions
 * themselves is {@link OppositionSection}'s).
 */
final class AgreementSection {

  static final double ECHO = 0.25;
  private static final int MAX_CONVERGENCE = 5;
  private static final int MAX_CANDIDATES = 300;
  private static final List<String> DISAGREEMENT = List.of(
      "disagree", "do not agree", "does not agree", "cannot agree", "cannot accept", "reject", "oppose", "object to",
      "not convinced", "do not share", "pas d'accord", "ne partage pas", "rejet", "s'oppose", "désaccord",
      "no estamos de acuerdo", "rechaz", "nos oponemos", "desacuerdo", "не соглас", "отверга", "возража", "не разделя",
      "لا نتفق", "نرفض", "نعترض", "لا نوافق", "不同意", "反对", "拒绝");

  private AgreementSection() {
  }

  static JsonArray convergence(List<Sentence> sentences, Identities identities) {
    List<Sentence> positions = sentences.stream().filter(s -> s.post.isCurrentPosition())
        .sorted(Comparator.comparingDouble((Sentence s) -> -s.centrality)).limit(MAX_CANDIDATES).toList();
    List<JsonObject> found = new ArrayList<>();
    List<Sentence> chosen = new ArrayList<>();
    positions.stream()
        .map(s -> Map.entry(s, echoes(s, positions)))
        .filter(e -> groups(e.getKey(), e.getValue()).size() >= 2)
        .sorted(Comparator.comparingInt((Map.Entry<Sentence, List<TranscriptPost>> e) -> -groups(e.getKey(), e.getValue()).size())
            .thenComparingDouble(e -> -e.getKey().centrality))
        .forEach(e -> {
          Sentence s = e.getKey();
          if (found.size() < MAX_CONVERGENCE && chosen.stream().noneMatch(c -> c.similarity(s) > 0.5)) {
            chosen.add(s);
            found.add(convergencePoint(s, e.getValue(), identities));
          }
        });
    return new JsonArray(new ArrayList<>(found));
  }

  private static JsonObject convergencePoint(Sentence s, List<TranscriptPost> echoes, Identities identities) {
    Set<String> groups = groups(s, echoes);
    JsonObject point = new JsonObject().put("text", s.text).put("postId", s.post.id()).put("by", identities.by(s.post))
        .put("regionalGroupCount", groups.size())
        .put("supportedBy", new JsonArray(echoes.stream().map(identities::by).distinct().toList()))
        .put("supportingPosts", new JsonArray(echoes.stream().map(TranscriptPost::id).toList()));
    if (!identities.chathamHouse()) {
      point.put("regionalGroups", new JsonArray(List.copyOf(groups)));
    }
    return point;
  }

  /** Other positions with a sentence that says much the same. */
  private static List<TranscriptPost> echoes(Sentence s, List<Sentence> positions) {
    return positions.stream().filter(o -> o.post.id() != s.post.id() && o.similarity(s) >= ECHO)
        .map(o -> o.post).distinct().toList();
  }

  private static Set<String> groups(Sentence s, List<TranscriptPost> echoes) {
    Set<String> groups = new TreeSet<>();
    s.post.regionalGroup().ifPresent(groups::add);
    echoes.forEach(p -> p.regionalGroup().ifPresent(groups::add));
    return groups;
  }

  /**
   * Replies and rights of reply that disagree. What they answer may since have been superseded or withdrawn:
   * the reference says so ({@link PositionHistory#describe}).
   */
  static JsonArray divergence(List<TranscriptPost> posts, Identities identities, PositionHistory history) {
    Map<Long, TranscriptPost> byId = posts.stream().collect(Collectors.toMap(TranscriptPost::id, p -> p));
    JsonArray items = new JsonArray();
    for (TranscriptPost post : posts) {
      TranscriptPost answered = post.parentId().map(byId::get).orElse(null);
      if (answered == null) {
        continue;
      }
      Optional<String> disagreement = TextAnalysis.sentences(post.text(), post.language()).stream()
          .filter(AgreementSection::disagrees).filter(s -> !identities.identifies(s)).findFirst();
      if ("right-of-reply".equals(post.kind()) || disagreement.isPresent()) {
        JsonObject item = new JsonObject().put("kind", post.kind().equals("right-of-reply") ? "right-of-reply" : "disagreement")
            .put("postId", post.id()).put("by", identities.by(post))
            .put("repliesTo", history.describe(new JsonObject().put("postId", answered.id())
                .put("by", identities.by(answered)), answered));
        disagreement.ifPresent(text -> item.put("text", text));
        items.add(item);
      }
    }
    return items;
  }

  static boolean disagrees(String sentence) {
    String lower = sentence.toLowerCase(Locale.ROOT);
    return DISAGREEMENT.stream().anyMatch(lower::contains);
  }
}
