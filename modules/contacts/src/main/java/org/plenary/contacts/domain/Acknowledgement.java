package org.plenary.contacts.domain;

import java.time.Instant;
import java.util.UUID;

/** A point of contact's answer to a ping: in time or late. */
public record Acknowledgement(UUID exerciseId, String stateId, PingStatus status, Instant at) {
}
