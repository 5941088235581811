package org.plenary.contacts.domain;

import java.util.List;
import java.util.Optional;

/** The Secretariat's order: ping every State ({@code states} empty) or those named, answering within the window. */
public record StartExercise(Optional<List<String>> states, int windowHours) {
}
