package org.plenary.implementation.service;

import java.util.Optional;
import org.plenary.implementation.domain.Answers;
import org.plenary.implementation.domain.ReportLanguage;

/**
 * A delegate saves a version of the State's report.
 *
 * @param baseVersion the version the delegate's text starts from (0 or empty: the report's first version); a save
 *                    based on an older version than the latest is refused with the latest, so nothing is lost
 */
public record SaveReport(String cycleId, String stateId, Optional<Integer> baseVersion, ReportLanguage language,
                         Answers answers) {
}
