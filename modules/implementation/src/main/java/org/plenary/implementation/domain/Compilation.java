package org.plenary.implementation.domain;

import java.text.Collator;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The compilation of a cycle's national reports for the Secretary-General, made on demand: State by State in the
 * alphabetical order of their English names (a collator, so "Côte d'Ivoire" files under C).
 */
public record Compilation(Cycle cycle, List<CompiledReport> reports, Instant compiledAt) {

  public Compilation {
    Collator english = Collator.getInstance(Locale.ENGLISH);
    List<CompiledReport> sorted = new ArrayList<>(reports);
    sorted.sort(Comparator.comparing(CompiledReport::stateName, english).thenComparing(CompiledReport::stateId));
    reports = List.copyOf(sorted);
  }

  /** Whether the State's report answers on the norm: a cell of the annex of coverage. */
  public static boolean covers(CompiledReport report, Norm norm) {
    return report.version().answers().norms().containsKey(norm);
  }

  /** How many of the compiled States reported on the norm. */
  public int statesOn(Norm norm) {
    return (int) reports.stream().filter(r -> covers(r, norm)).count();
  }
}
