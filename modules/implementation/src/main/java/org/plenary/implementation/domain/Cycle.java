package org.plenary.implementation.domain;

import java.time.Instant;
import java.time.LocalDate;

/** A reporting cycle the Secretariat opens ("2026"), with the date by which reports are due. */
public record Cycle(String id, String title, LocalDate cutOff, Instant openedAt) {
}
