package org.plenary.implementation.domain;

import java.util.List;
import org.plenary.platform.organizations.RegionalGroup;

/** A good practice to share; {@code regions} empty: a State's own regional group. */
public record SharePractice(String title, String what, String who, String lessons, List<String> links,
                            ReportLanguage language, List<Norm> norms, List<RegionalGroup> regions) {

  public SharePractice {
    links = List.copyOf(links);
    norms = norms.stream().distinct().sorted().toList();
    regions = regions.stream().distinct().sorted().toList();
  }
}
