package org.plenary.platform.files;

import java.time.Instant;
import java.util.UUID;

/** A file as the {@code files} table keeps it; a record that holds a file keeps its {@code id}. */
public record StoredFile(UUID id, String filename, FileType type, long size, String sha256, Instant storedAt) {
}
