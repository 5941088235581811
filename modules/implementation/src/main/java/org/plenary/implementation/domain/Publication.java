package org.plenary.implementation.domain;

import java.time.Instant;

/** One publication of a report: which version, to whom, when. A State may publish again; each is kept. */
public record Publication(int version, Audience audience, Instant publishedAt) {
}
