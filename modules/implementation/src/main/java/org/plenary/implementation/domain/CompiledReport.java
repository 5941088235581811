package org.plenary.implementation.domain;

import java.util.Optional;
import org.plenary.platform.organizations.RegionalGroup;

/** One State's report as the compilation holds it: the version it published last in time for the cut-off. */
public record CompiledReport(String stateId, String stateName, Optional<RegionalGroup> regionalGroup,
                             Publication publication, ReportVersion version) {
}
