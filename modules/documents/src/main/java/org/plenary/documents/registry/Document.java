package org.plenary.documents.registry;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.plenary.platform.text.DocumentSymbol;

/** A document of the registry, as stored; {@link DocumentPage} adds what is read around it. */
public record Document(UUID id, DocumentSymbol symbol, String title, LocalDate issuedOn, Distribution distribution,
                       Optional<UUID> sessionId, List<UUID> agendaItemIds, Optional<Related> predecessor,
                       Optional<IssuedDraft> draft, List<LanguageVersion> languages, Instant issuedAt) {

  public Document {
    agendaItemIds = List.copyOf(agendaItemIds);
    languages = List.copyOf(languages);
  }

  /** Another document of the same family and how this one relates to it. */
  public record Related(UUID id, String symbol, String relation) {
  }

  /** The draft of Plenary this document issues: its thread and version. */
  public record IssuedDraft(UUID threadId, int version) {
  }

  public Optional<LanguageVersion> language(String language) {
    return languages.stream().filter(version -> version.language().equals(language)).findFirst();
  }
}
