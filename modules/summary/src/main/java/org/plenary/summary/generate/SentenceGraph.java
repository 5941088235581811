package org.plenary.summary.generate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Extractive selection: TF-IDF vectors, TextRank centrality over the cosine-similarity graph, and maximal
 * marginal relevance to choose central sentences that do not repeat each other. Written here because
 * no library we use does TextRank; it is a few dozen lines.
 */
final class SentenceGraph {

  /** TextRank is quadratic; beyond this many sentences, keep those nearest their language's centroid. */
  static final int MAX_GRAPH_SIZE = 600;
  private static final double DAMPING = 0.85;
  private static final int ITERATIONS = 30;

  private SentenceGraph() {
  }

  /** Gives every sentence its unit-length TF-IDF vector, document frequency counted over sentences. */
  static void vectorise(List<Sentence> sentences) {
    Map<String, Integer> documentFrequency = new HashMap<>();
    sentences.forEach(s -> s.termCounts.keySet().forEach(t -> documentFrequency.merge(s.language + ":" + t, 1, Integer::sum)));
    double n = sentences.size();
    for (Sentence sentence : sentences) {
      Map<String, Double> vector = new HashMap<>();
      sentence.termCounts.forEach((term, count) -> vector.put(term,
          (1 + Math.log(count)) * Math.log(1 + n / documentFrequency.get(sentence.language + ":" + term))));
      double norm = Math.sqrt(vector.values().stream().mapToDouble(w -> w * w).sum());
      if (norm > 0) {
        vector.replaceAll((term, weight) -> weight / norm);
      }
      sentence.vector = vector;
    }
  }

  /** The sentences nearest the centroid of their language, at most {@code limit}. */
  static List<Sentence> nearestCentroid(List<Sentence> sentences, int limit) {
    if (sentences.size() <= limit) {
      return sentences;
    }
    Map<String, Map<String, Double>> centroids = new HashMap<>();
    for (Sentence s : sentences) {
      Map<String, Double> centroid = centroids.computeIfAbsent(s.language, l -> new HashMap<>());
      s.vector.forEach((term, weight) -> centroid.merge(term, weight, Double::sum));
    }
    Map<Sentence, Double> closeness = new HashMap<>();
    for (Sentence s : sentences) {
      Map<String, Double> centroid = centroids.get(s.language);
      closeness.put(s, s.vector.entrySet().stream().mapToDouble(e -> e.getValue() * centroid.get(e.getKey())).sum());
    }
    return sentences.stream().sorted(Comparator.comparingDouble((Sentence s) -> -closeness.get(s))).limit(limit)
        .collect(Collectors.toList());
  }

  /** TextRank: each sentence's stationary weight in the similarity graph, stored in {@code centrality}. */
  static void rank(List<Sentence> sentences) {
    int n = sentences.size();
    double[][] weights = new double[n][n];
    double[] outWeight = new double[n];
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        double similarity = sentences.get(i).similarity(sentences.get(j));
        weights[i][j] = similarity;
        weights[j][i] = similarity;
        outWeight[i] += similarity;
        outWeight[j] += similarity;
      }
    }
    double[] score = new double[n];
    java.util.Arrays.fill(score, 1.0 / Math.max(1, n));
    for (int iteration = 0; iteration < ITERATIONS; iteration++) {
      double[] next = new double[n];
      for (int i = 0; i < n; i++) {
        double incoming = 0;
        for (int j = 0; j < n; j++) {
          if (weights[j][i] > 0) {
            incoming += weights[j][i] / outWeight[j] * score[j];
          }
        }
        next[i] = (1 - DAMPING) / n + DAMPING * incoming;
      }
      score = next;
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
