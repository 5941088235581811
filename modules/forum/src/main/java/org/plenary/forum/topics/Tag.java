package org.plenary.forum.topics;

/** A tag threads may carry; {@code kind} is norm, region or subject. */
public record Tag(String id, String kind, String label, String description) {
}
