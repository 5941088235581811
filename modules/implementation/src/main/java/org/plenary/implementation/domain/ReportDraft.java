package org.plenary.implementation.domain;

import java.util.List;
import java.util.Optional;

/**
 * A report as its State's delegation works on it: where it stands, its latest version, if any, and the needs
 * it turned into capacity-building needs.
 */
public record ReportDraft(Report report, Optional<ReportVersion> latest, List<NeedLink> needs) {

  public ReportDraft(Report report, Optional<ReportVersion> latest) {
    this(report, latest, List.of());
  }

  public ReportDraft withNeeds(List<NeedLink> links) {
    return new ReportDraft(report, latest, links);
  }
}
