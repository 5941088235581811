package org.plenary.implementation.domain;

import java.util.UUID;

/** A "needs" answer on a norm that its State turned into a capacity-building need on the board. */
public record NeedLink(Norm norm, UUID needId, int version) {
}
