package org.plenary.implementation.domain;

import java.util.Optional;

/** A report as its State's delegation works on it: where it stands and its latest version, if any. */
public record ReportDraft(Report report, Optional<ReportVersion> latest) {
}
