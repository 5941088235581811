package org.plenary.documents.inputs;

import java.util.Optional;
import java.util.UUID;

/**
 * A written input as submitted or resubmitted; {@code organizationId}, when given, must be the submitter's own.
 * {@code sessionId} is ignored on resubmission (an input stays with its session).
 */
public record SubmitInput(UUID sessionId, Optional<UUID> agendaItemId, Optional<String> organizationId, String title,
                          String text, String language) {
}
