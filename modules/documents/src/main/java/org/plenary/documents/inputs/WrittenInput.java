package org.plenary.documents.inputs;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.plenary.platform.organizations.OrganizationKind;

/** A stakeholder's written input to a session or one of its agenda items. */
public record WrittenInput(UUID id, UUID sessionId, Optional<UUID> agendaItemId, Submitter organization,
                           UUID authorId, String title, String text, String language, InputStatus status,
                           Optional<String> returnReason, int submissions, Instant submittedAt,
                           Optional<Instant> publishedAt, Optional<UUID> fileId) {

  /** The organization that submitted it. */
  public record Submitter(String id, String name, OrganizationKind kind) {
  }
}
