package org.plenary.platform.translation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.plenary.platform.i18n.Language;

/**
 * The pairs of the Apertium modes installed ({@code apertium -l}: "eng-spa", "fr-es", ...) and the route from one
 * language to another: the direct mode, or two modes through a pivot (English to French through Spanish). Modes
 * with a variant or a prefix ("spa-eng_US", "eco-es-fr") are left out.
 */
final class ApertiumPairs {

  /** Apertium writes a language with its two- or three-letter code, as each pair's package chose. */
  private static final Map<String, Language> CODES = Map.ofEntries(
      Map.entry("en", Language.EN), Map.entry("eng", Language.EN), Map.entry("es", Language.ES),
      Map.entry("spa", Language.ES), Map.entry("fr", Language.FR), Map.entry("fra", Language.FR),
      Map.entry("ru", Language.RU), Map.entry("rus", Language.RU), Map.entry("ar", Language.AR),
      Map.entry("ara", Language.AR), Map.entry("zh", Language.ZH), Map.entry("zho", Language.ZH),
      Map.entry("cmn", Language.ZH));

  /** One step: the mode's name, from, to. */
  record Step(String mode, Language from, Language to) {
  }

  private final List<Step> modes;

  private ApertiumPairs(List<Step> modes) {
    this.modes = List.copyOf(modes);
  }

  static ApertiumPairs none() {
    return new ApertiumPairs(List.of());
  }

  /** The pairs of {@code apertium -l}'s lines. */
  static ApertiumPairs parse(List<String> modeLines) {
    List<Step> steps = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (String line : modeLines) {
      String[] parts = line.trim().split("-");
      if (parts.length != 2) {
        continue;
      }
      Language from = CODES.get(parts[0]);
      Language to = CODES.get(parts[1]);
      if (from != null && to != null && from != to && seen.add(from.code() + to.code())) {
        steps.add(new Step(line.trim(), from, to));
      }
    }
    return new ApertiumPairs(steps);
  }

  /** The modes that take {@code from} to {@code to}: one, or two through a pivot; empty when there is no route. */
  Optional<List<Step>> route(Language from, Language to) {
    Optional<Step> direct = step(from, to);
    if (direct.isPresent()) {
      return Optional.of(List.of(direct.get()));
    }
    for (Step first : modes) {
      if (first.from() == from) {
        Optional<Step> second = step(first.to(), to);
        if (second.isPresent()) {
          return Optional.of(List.of(first, second.get()));
        }
      }
    }
    return Optional.empty();
  }

  private Optional<Step> step(Language from, Language to) {
    return modes.stream().filter(s -> s.from() == from && s.to() == to).findFirst();
  }

  boolean isEmpty() {
    return modes.isEmpty();
  }
}
