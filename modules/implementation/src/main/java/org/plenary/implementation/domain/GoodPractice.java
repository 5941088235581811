package org.plenary.implementation.domain;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.plenary.platform.organizations.OrganizationKind;
import org.plenary.platform.organizations.RegionalGroup;

/**
 * A good practice in implementing the norms, as its organization shared it, with the marks States gave it:
 * how many endorse it and find it useful, which States endorse it (on the practice's own page; empty in lists),
 * and the marks of the reader's own State.
 */
public record GoodPractice(UUID id, String organizationId, String organizationName, OrganizationKind organizationKind,
                           String title, String what, String who, String lessons, List<String> links,
                           ReportLanguage language, List<Norm> norms, List<RegionalGroup> regions, Instant sharedAt,
                           int endorsements, int useful, Set<PracticeMark> readerMarks, List<String> endorsedBy) {

  public GoodPractice withEndorsedBy(List<String> states) {
    return new GoodPractice(id, organizationId, organizationName, organizationKind, title, what, who, lessons, links,
        language, norms, regions, sharedAt, endorsements, useful, readerMarks, List.copyOf(states));
  }
}
