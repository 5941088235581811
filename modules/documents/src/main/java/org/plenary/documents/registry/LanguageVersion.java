package org.plenary.documents.registry;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** A document in one official language; {@code fileId} empty until its file is uploaded. */
public record LanguageVersion(String language, boolean original, boolean advanceUnedited, Optional<UUID> fileId,
                              Instant addedAt) {
}
