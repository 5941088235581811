package org.plenary.documents.registry;

import java.util.Optional;
import java.util.UUID;

/** A document of a family (the documents sharing a base symbol) and what it revises, corrects or adds to. */
public record FamilyMember(UUID id, String symbol, Optional<String> relation, Optional<UUID> predecessorId) {
}
