package org.plenary.summary.domain;

import java.time.Instant;
import java.util.Optional;

/** One version of a summary's text, with who wrote it and why. */
public record SummaryVersion(int version, String markdown, String editedBy, Instant editedAt, Optional<String> note) {
}
