package org.plenary.summary.api;

import io.vertx.core.Future;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The horizon-scanning radar's figures a summary cites ({@code RadarCitations}). Summaries declare it and know no
 * radar; the radar context keeps the rounds and the server wires the two. Only aggregates cross: the medians of all
 * raters of a signal, shown when at least three organizations rated it, never one organization's rating.
 */
public interface CitedRadar {

  /** No radar: every citation of its figures is refused as naming an unknown round. */
  CitedRadar NONE = roundId -> Future.succeededFuture(Optional.empty());

  /** The round's figures, if there is such a round. */
  Future<Optional<CitedRound>> round(UUID roundId);

  /** A round of assessment and the figures of each signal it placed; {@code closed} rounds no longer move. */
  record CitedRound(UUID id, String title, boolean closed, Map<UUID, CitedSignal> signals) {
  }

  /**
   * One signal's medians among all raters, and how far States and stakeholders differ on it (when both are shown).
   */
  record CitedSignal(UUID id, String title, int raters, double likelihood, double impact,
                     Optional<Double> statesVsStakeholders) {
  }
}
