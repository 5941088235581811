package org.plenary.summary.generate;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.plenary.forum.api.TranscriptPost;

/**
 * Divergence read from the positions themselves: on the same guiding question (or, without one, on the
 * thread as a whole), one organization's standing position supports what another's opposes. Two sentences
 * speak of the same thing when their terms are alike (cosine of their TF-IDF vectors), and take opposite
 * stances by their words ({@link Polarity}); each side is quoted and cited, so the reader can judge.
 */
final class OppositionSection {

  /** Alike enough to be about the same thing: lower than an echo, since the stance words differ. */
  static final double SAME_SUBJECT = 0.2;
  private static final int MAX_ITEMS = 5;
  private static final int MAX_PER_SIDE = 6;

  private OppositionSection() {
  }

  /** @param sentences the quotable sentences of the thread, vectorised, from posts that still stand */
  static JsonArray build(List<Sentence> sentences, List<String> guidingQuestions, Identities identities) {
    Map<Integer, List<Sentence>> byQuestion = new LinkedHashMap<>();
    sentences.stream().filter(s -> s.post.isCurrentPosition())
        .forEach(s -> byQuestion.computeIfAbsent(question(s.post, guidingQuestions), q -> new ArrayList<>()).add(s));
    JsonArray items = new JsonArray();
    byQuestion.forEach((question, group) -> opposed(group).forEach(item -> {
      if (items.size() < MAX_ITEMS) {
        items.add(item.toJson(question, guidingQuestions, identities));
      }
    }));
    return items;
  }

  /** Pairs of opposite stances, most alike first, gathered into one item per subject. */
  private static List<Item> opposed(List<Sentence> group) {
    Map<Sentence, Polarity> polarity = new HashMap<>();
    group.forEach(s -> polarity.put(s, Polarity.of(s.text, s.language)));
    List<Sentence> supporting = group.stream().filter(s -> polarity.get(s) == Polarity.SUPPORT).toList();
    List<Sentence> opposing = group.stream().filter(s -> polarity.get(s) == Polarity.OPPOSITION).toList();
    List<Pair> pairs = new ArrayList<>();
    for (Sentence s : supporting) {
      for (Sentence o : opposing) {
        double similarity = s.similarity(o);
        if (!s.post.organizationId().equals(o.post.organizationId()) && similarity >= SAME_SUBJECT) {
          pairs.add(new Pair(s, o, similarity));
        }
      }
    }
    pairs.sort(Comparator.comparingDouble((Pair p) -> -p.similarity));
    List<Item> items = new ArrayList<>();
    Map<Sentence, Item> placed = new HashMap<>();
    for (Pair pair : pairs) {
      Item withSupport = placed.get(pair.support);
      Item withOpposition = placed.get(pair.opposition);
      if (withSupport == null && withOpposition == null) {
        Item item = new Item();
        item.support.add(pair.support);
        item.opposition.add(pair.opposition);
        items.add(item);
        placed.put(pair.support, item);
        placed.put(pair.opposition, item);
      } else if (withSupport == null && withOpposition.admits(pair.support, withOpposition.support)) {
        withOpposition.support.add(pair.support);
        placed.put(pair.support, withOpposition);
      } else if (withOpposition == null && withSupport.admits(pair.opposition, withSupport.opposition)) {
        withSupport.opposition.add(pair.opposition);
        placed.put(pair.opposition, withSupport);
      }
    }
    return items;
  }

  private static int question(TranscriptPost post, List<String> guidingQuestions) {
    return post.guidingQuestion().filter(q -> q >= 0 && q < guidingQuestions.size()).orElse(-1);
  }

  private record Pair(Sentence support, Sentence opposition, double similarity) {
  }

  /** One subject on which organizations take opposite stances. */
  private static final class Item {
    final List<Sentence> support = new ArrayList<>();
    final List<Sentence> opposition = new ArrayList<>();

    /** One sentence per organization and side, and no organization on both sides. */
    boolean admits(Sentence sentence, List<Sentence> side) {
      String organization = sentence.post.organizationId();
      return side.size() < MAX_PER_SIDE && support.stream().noneMatch(s -> s.post.organizationId().equals(organization))
          && opposition.stream().noneMatch(s -> s.post.organizationId().equals(organization));
    }

    JsonObject toJson(int question, List<String> guidingQuestions, Identities identities) {
      JsonObject json = new JsonObject().put("kind", "opposing-positions")
          .put("supporting", quotes(support, identities)).put("opposing", quotes(opposition, identities));
      if (question >= 0) {
        json.put("index", question).put("question", guidingQuestions.get(question));
      }
      return json;
    }

    private static JsonArray quotes(List<Sentence> side, Identities identities) {
      JsonArray quotes = new JsonArray();
      side.stream().sorted(Comparator.comparingInt((Sentence s) -> s.post.seq())).forEach(s -> quotes.add(new JsonObject()
          .put("postId", s.post.id()).put("by", identities.by(s.post)).put("text", s.text).put("language", s.language)));
      return quotes;
    }
  }
}
