package org.plenary.implementation.domain;

import org.plenary.platform.organizations.RegionalGroup;

/**
 * How many States of a regional group reported on a norm in a cycle, and how many of them stated needs on it,
 * counting the published reports the reader may read.
 */
public record CoverageCount(Norm norm, RegionalGroup group, int states, int withNeeds) {
}
