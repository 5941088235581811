package org.plenary.implementation.domain;

import java.util.List;
import java.util.Optional;
import org.plenary.platform.organizations.RegionalGroup;

/**
 * A published report as a reader sees it: the State, the version published, the history of publications and the
 * needs on the board that came from it.
 */
public record PublishedReport(Report report, String stateName, Optional<RegionalGroup> regionalGroup,
                              ReportVersion version, List<Publication> history, List<NeedLink> needs) {
}
