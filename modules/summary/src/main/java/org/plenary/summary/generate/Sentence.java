package org.plenary.summary.generate;

import org.plenary.forum.api.TranscriptPost;

/**
 * A sentence of a post with its terms as sorted integer ids (see {@link TermIds}) and, once computed,
 * their TF-IDF weights (unit length): similarities are merges of two sorted arrays, not map lookups.
 */
final class Sentence {

  final TranscriptPost post;
  final String text;
  final String language;
  final int[] terms;
  final int[] counts;
  double[] weights;
  double centrality;

  Sentence(TranscriptPost post, String text, String language, int[] terms, int[] counts) {
    this.post = post;
    this.text = text;
    this.language = language;
    this.terms = terms;
    this.counts = counts;
  }

  /** Cosine similarity; term ids are per language, so sentences of different languages share none. */
  double similarity(Sentence other) {
    if (!language.equals(other.language)) {
      return 0;
    }
    double dot = 0;
    int i = 0;
    int j = 0;
    while (i < terms.length && j < other.terms.length) {
      if (terms[i] == other.terms[j]) {
        dot += weights[i++] * other.weights[j++];
      } else if (terms[i] < other.terms[j]) {
        i++;
      } else {
        j++;
      }
    }
    return dot;
  }
}
