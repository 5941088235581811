package org.plenary.implementation.service;

import java.time.LocalDate;

/** The Secretariat opens a reporting cycle: its id ("2026"), title and cut-off date. */
public record OpenCycle(String id, String title, LocalDate cutOff) {
}
