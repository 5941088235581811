package org.plenary.capacity.domain;

/** One area of the fixed capacity-building taxonomy. */
public record Area(String id, String label, String description) {
}
