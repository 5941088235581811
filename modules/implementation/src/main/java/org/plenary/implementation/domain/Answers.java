package org.plenary.implementation.domain;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What a State answered: per norm, the answers to the survey's questions, and the other sections. Nothing is
 * mandatory; a blank answer is no answer, and is not kept.
 */
public record Answers(Map<Norm, Map<NormQuestion, String>> norms, Map<Section, String> sections) {

  public static final Answers NONE = new Answers(Map.of(), Map.of());

  public Answers {
    Map<Norm, Map<NormQuestion, String>> kept = new EnumMap<>(Norm.class);
    norms.forEach((norm, answers) -> {
      Map<NormQuestion, String> given = new EnumMap<>(NormQuestion.class);
      answers.forEach((question, text) -> keep(given, question, text));
      if (!given.isEmpty()) {
        kept.put(norm, java.util.Collections.unmodifiableMap(given));
      }
    });
    Map<Section, String> keptSections = new EnumMap<>(Section.class);
    sections.forEach((section, text) -> keep(keptSections, section, text));
    norms = java.util.Collections.unmodifiableMap(kept);
    sections = java.util.Collections.unmodifiableMap(keptSections);
  }

  private static <K> void keep(Map<K, String> into, K key, String text) {
    if (text != null && !text.isBlank()) {
      into.put(key, text.strip());
    }
  }

  /** How many questions are answered in all. */
  public int count() {
    return norms.values().stream().mapToInt(Map::size).sum() + sections.size();
  }

  public boolean isEmpty() {
    return count() == 0;
  }

  /** The norms with at least one answer, in the order of paragraph 13. */
  public List<Norm> normsAnswered() {
    return List.copyOf(norms.keySet());
  }

  /** The norms on which the State says what it needs. */
  public List<Norm> normsWithNeeds() {
    return norms.entrySet().stream().filter(e -> e.getValue().containsKey(NormQuestion.NEEDS)).map(Map.Entry::getKey)
        .toList();
  }
}
