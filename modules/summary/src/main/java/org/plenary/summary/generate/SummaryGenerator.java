package org.plenary.summary.generate;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.plenary.drafts.api.ParagraphStanding;
import org.plenary.forum.api.ThreadInfo;
import org.plenary.forum.api.TranscriptPost;

/**
 * Builds a draft summary of a thread as it stands: participation, positions per guiding question (or the
 * draft's paragraphs) and the positions that no longer stand, key points, convergence and divergence.
 * Extractive: every quoted text is a sentence of the post it cites, and of a post that still stands.
 * CPU-bound: run it off the event loop.
 */
public final class SummaryGenerator {

  private static final int MIN_TERMS = 4;
  private static final int MAX_TERMS = 80;
  /** However long the thread, each constituency keeps this many of its sentences in the graph. */
  private static final int PER_CONSTITUENCY_IN_GRAPH = 20;

  private SummaryGenerator() {
  }

  /**
   * @param organizations every registered organization, id to name (to recognise names under Chatham House)
   * @param paragraphs for drafts, the consensus per paragraph (every State named: the Chatham House Rule is applied
   *     here)
   */
  public static JsonObject generate(ThreadInfo thread, List<TranscriptPost> posts, Map<String, String> organizations,
                                    Optional<List<ParagraphStanding>> paragraphs) {
    Identities identities = Identities.of(thread.chathamHouse(), organizations, posts);
    PositionHistory history = PositionHistory.of(posts);
    TermIds termIds = new TermIds();
    // A superseded or withdrawn position is no one's position now: nothing is quoted from it.
    List<Sentence> sentences = sentences(posts.stream().filter(p -> !PositionHistory.isFormer(p)).toList(), identities,
        termIds);
    SentenceGraph.vectorise(sentences, termIds.size());
    List<Sentence> graph = new ArrayList<>(SentenceGraph.nearestCentroid(sentences, SentenceGraph.MAX_GRAPH_SIZE,
        termIds.size(), s -> s.post.constituency(), PER_CONSTITUENCY_IN_GRAPH));
    SentenceGraph.rank(graph);

    JsonArray keyPoints = KeyPointsSection.build(graph, thread.guidingQuestions(), identities);
    JsonArray divergence = AgreementSection.divergence(posts, identities, history);
    divergence.addAll(OppositionSection.build(sentences, thread.guidingQuestions(), identities));
    JsonObject summary = new JsonObject()
        .put("threadId", thread.id().toString())
        .put("threadTitle", thread.title())
        .put("threadKind", thread.kind())
        .put("chathamHouse", thread.chathamHouse())
        .put("generatedAt", Instant.now().toString())
        .put("participation", ParticipationSection.build(posts, identities, history,
            KeyPointsSection.countByConstituency(keyPoints)))
        .put("positions", PositionsSection.build(posts, thread.guidingQuestions(), identities))
        .put("positionChanges", history.changes(identities))
        .put("keyPoints", keyPoints)
        .put("convergence", AgreementSection.convergence(graph, identities))
        .put("divergence", divergence);
    if (paragraphs.isPresent()) {
      summary.put("paragraphs", ParagraphsSection.build(paragraphs.get(), identities));
      summary.getJsonArray("divergence").addAll(ParagraphsSection.objections(paragraphs.get(), identities));
    }
    summary.put("citations", citations(posts, citedPosts(summary), identities));
    return summary;
  }

  private static List<Sentence> sentences(List<TranscriptPost> posts, Identities identities, TermIds termIds) {
    List<Sentence> sentences = new ArrayList<>();
    for (TranscriptPost post : posts) {
      String language = TextAnalysis.language(post.language());
      for (String text : TextAnalysis.sentences(post.text(), language)) {
        List<String> terms = TextAnalysis.terms(text, language);
        if (terms.size() >= MIN_TERMS && terms.size() <= MAX_TERMS && !identities.identifies(text)) {
          int[][] counted = termIds.countsOf(language, terms);
          sentences.add(new Sentence(post, text, language, counted[0], counted[1]));
        }
      }
    }
    return sentences;
  }

  /** Each cited post: its number in the thread, who wrote it (as the rule allows) and when. */
  private static JsonObject citations(List<TranscriptPost> posts, Set<Long> cited, Identities identities) {
    JsonObject citations = new JsonObject();
    posts.stream().filter(p -> cited.contains(p.id())).forEach(p -> citations.put(String.valueOf(p.id()),
        new JsonObject().put("seq", p.seq()).put("by", identities.by(p)).put("at", p.createdAt().toString())
            .put("language", p.language())));
    return citations;
  }

  /** The fields that name a post the summary cites. */
  private static final Set<String> CITING_KEYS = Set.of("postId", "supersededBy");

  private static Set<Long> citedPosts(Object json) {
    Set<Long> cited = new HashSet<>();
    if (json instanceof JsonObject object) {
      object.forEach(entry -> {
        if (CITING_KEYS.contains(entry.getKey()) && entry.getValue() instanceof Number id) {
          cited.add(id.longValue());
        } else {
          cited.addAll(citedPosts(entry.getValue()));
        }
      });
    } else if (json instanceof JsonArray array) {
      array.forEach(item -> cited.addAll(citedPosts(item)));
    }
    return cited;
  }
}
