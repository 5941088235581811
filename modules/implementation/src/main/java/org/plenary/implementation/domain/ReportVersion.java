package org.plenary.implementation.domain;

import java.time.Instant;
import java.util.UUID;

/** A version of a report as one of the State's delegates saved it. */
public record ReportVersion(int version, ReportLanguage language, Answers answers, UUID savedBy, String savedByName,
                            Instant savedAt) {
}
