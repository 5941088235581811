package org.plenary.summary.generate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Extractive selection: TF-IDF vectors, TextRank centrality over the cosine-similarity graph, and maximal
 * marginal relevance to choose central sentences that do not repeat each other. Written here because
 * no library we use does TextRank; it is a few dozen lines.
 */
final class SentenceGraph {

  /** TextRank is quadratic; beyond this many sentences, keep those nearest their language's centroid. */
  static final int MAX_GRAPH_SIZE = 500;
  private static final double DAMPING = 0.85;
  private static final int MAX_ITERATIONS = 50;
  private static final double CONVERGED = 1e-7;

  private SentenceGraph() {
  }

  /** Gives every sentence its unit-length TF-IDF weights, document frequency counted over sentences. */
  static void vectorise(List<Sentence> sentences, int vocabulary) {
    int[] documentFrequency = new int[vocabulary];
    sentences.forEach(s -> Arrays.stream(s.terms).forEach(t -> documentFrequency[t]++));
    double n = sentences.size();
    for (Sentence s : sentences) {
      double[] weights = new double[s.terms.length];
      double norm = 0;
      for (int i = 0; i < weights.length; i++) {
        weights[i] = (1 + Math.log(s.counts[i])) * Math.log(1 + n / documentFrequency[s.terms[i]]);
        norm += weights[i] * weights[i];
      }
      norm = Math.sqrt(norm);
      for (int i = 0; i < weights.length && norm > 0; i++) {
        weights[i] /= norm;
      }
      s.weights = weights;
    }
  }

  /**
   * The sentences nearest the centroid of their language, at most {@code limit}, and then for each group
   * (say, constituency) that would have fewer, its {@code perGroup} nearest: a constituency that speaks
   * little must still be heard.
   */
  static List<Sentence> nearestCentroid(List<Sentence> sentences, int limit, int vocabulary,
                                        Function<Sentence, String> group, int perGroup) {
    if (sentences.size() <= limit) {
      return sentences;
    }
    Map<String, double[]> centroids = new HashMap<>();
    for (Sentence s : sentences) {
      double[] centroid = centroids.computeIfAbsent(s.language, l -> new double[vocabulary]);
      for (int i = 0; i < s.terms.length; i++) {
        centroid[s.terms[i]] += s.weights[i];
      }
    }
    Map<Sentence, Double> closeness = new HashMap<>();
    for (Sentence s : sentences) {
      double[] centroid = centroids.get(s.language);
      double dot = 0;
      for (int i = 0; i < s.terms.length; i++) {
        dot += s.weights[i] * centroid[s.terms[i]];
      }
      closeness.put(s, dot);
    }
    List<Sentence> nearest = sentences.stream().sorted(Comparator.comparingDouble((Sentence s) -> -closeness.get(s)))
        .toList();
    List<Sentence> kept = new ArrayList<>(nearest.subList(0, limit));
    Map<String, Integer> perGroupKept = new HashMap<>();
    kept.forEach(s -> perGroupKept.merge(group.apply(s), 1, Integer::sum));
    for (Sentence s : nearest.subList(limit, nearest.size())) {
      if (perGroupKept.getOrDefault(group.apply(s), 0) < perGroup) {
        kept.add(s);
        perGroupKept.merge(group.apply(s), 1, Integer::sum);
      }
    }
    return kept;
  }

  /** TextRank: each sentence's stationary weight in the similarity graph, stored in {@code centrality}. */
  static void rank(List<Sentence> sentences) {
    int n = sentences.size();
    double[][] transition = new double[n][n];
    double[] outWeight = new double[n];
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        double similarity = sentences.get(i).similarity(sentences.get(j));
        transition[i][j] = similarity;
        transition[j][i] = similarity;
        outWeight[i] += similarity;
        outWeight[j] += similarity;
      }
    }
    for (int j = 0; j < n; j++) {
      for (int i = 0; i < n && outWeight[j] > 0; i++) {
        transition[j][i] /= outWeight[j];
      }
    }
    double[] score = new double[n];
    Arrays.fill(score, 1.0 / Math.max(1, n));
    for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
      double[] next = new double[n];
      Arrays.fill(next, (1 - DAMPING) / n);
      for (int j = 0; j < n; j++) {
        double share = DAMPING * score[j];
        double[] row = transition[j];
        for (int i = 0; i < n; i++) {
          next[i] += share * row[i];
        }
      }
      double change = 0;
      for (int i = 0; i < n; i++) {
        change += Math.abs(next[i] - score[i]);
      }
      score = next;
      if (change < CONVERGED) {
        break;
      }
    }
    for (int i = 0; i < n; i++) {
      sentences.get(i).centrality = score[i];
    }
  }

  /** Maximal marginal relevance: up to {@code count} central sentences, each unlike those chosen before. */
  static List<Sentence> diverse(List<Sentence> ranked, int count, double lambda) {
    List<Sentence> candidates = new ArrayList<>(ranked);
    List<Sentence> chosen = new ArrayList<>();
    double maxCentrality = candidates.stream().mapToDouble(s -> s.centrality).max().orElse(1);
    while (chosen.size() < count && !candidates.isEmpty()) {
      Sentence best = null;
      double bestScore = Double.NEGATIVE_INFINITY;
      for (Sentence candidate : candidates) {
        double redundancy = chosen.stream().mapToDouble(candidate::similarity).max().orElse(0);
        double score = lambda * candidate.centrality / maxCentrality - (1 - lambda) * redundancy;
        if (score > bestScore) {
          bestScore = score;
          best = candidate;
        }
      }
      chosen.add(best);
      candidates.remove(best);
    }
    return chosen;
  }
}
