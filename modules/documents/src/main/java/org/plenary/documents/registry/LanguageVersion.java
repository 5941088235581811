package org.plenary.documents.registry;

import java.time.Instant;
import java.util.UUID;

/** A document in one official language: its file (made by the upload that added the version) and its marks. */
public record LanguageVersion(String language, boolean original, boolean advanceUnedited, UUID fileId,
                              Instant addedAt) {
}
