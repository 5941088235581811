package org.plenary.implementation.domain;

import java.util.List;
import java.util.Optional;
import org.plenary.platform.organizations.RegionalGroup;

/** A published report in the list of a cycle: the State, the language and the norms it reported on. */
public record ListedReport(Report report, String stateName, Optional<RegionalGroup> regionalGroup,
                           ReportLanguage language, List<Norm> norms, int answerCount) {
}
