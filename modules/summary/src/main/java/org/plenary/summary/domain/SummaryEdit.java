package org.plenary.summary.domain;

import java.util.Optional;

/**
 * A new version of a summary's text.
 *
 * @param baseVersion the version the editor started from: the edit is refused if another was written meanwhile
 * @param note why it was changed, shown in the versions list
 */
public record SummaryEdit(String markdown, int baseVersion, Optional<String> note) {
}
