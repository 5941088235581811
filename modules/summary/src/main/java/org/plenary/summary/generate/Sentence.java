package org.plenary.summary.generate;

import java.util.Map;
import org.plenary.forum.api.TranscriptPost;

/** A sentence of a post, with its TF-IDF vector (unit length, sparse) once computed. */
final class Sentence {

  final TranscriptPost post;
  final String text;
  final String language;
  final Map<String, Integer> termCounts;
  Map<String, Double> vector = Map.of();
  double centrality;

  Sentence(TranscriptPost post, String text, String language, Map<String, Integer> termCounts) {
    this.post = post;
    this.text = text;
    this.language = language;
    this.termCounts = termCounts;
  }

  /** Cosine similarity; vectors are unit length, and sentences of different languages share no terms. */
  double similarity(Sentence other) {
    if (!language.equals(other.language)) {
      return 0;
    }
    Map<String, Double> small = vector.size() <= other.vector.size() ? vector : other.vector;
    Map<String, Double> large = small == vector ? other.vector : vector;
    double dot = 0;
    for (Map.Entry<String, Double> entry : small.entrySet()) {
      Double weight = large.get(entry.getKey());
      if (weight != null) {
        dot += entry.getValue() * weight;
      }
    }
    return dot;
  }
}
