package org.plenary.contacts.domain;

/** The aggregate all States read: of a regional group's States pinged (or all when {@code group} is null), how many answered. */
public record GroupShare(String group, int states, int answered, int acknowledged, int late) {

  /** Answered (in time or late) over pinged, 0 when none was pinged. */
  public double share() {
    return states == 0 ? 0 : (double) answered / states;
  }
}
