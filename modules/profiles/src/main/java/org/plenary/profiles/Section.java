package org.plenary.profiles;

import org.plenary.platform.wire.WireEnum;

/**
 * The sections of a country profile, each read from the context that holds it, and whether its records carry a
 * topic (forum threads do) and a norm (threads by their tags, reports and practices by their own).
 */
public enum Section implements WireEnum {
  POSITIONS(true, true),
  DRAFTS(true, true),
  REPORTS(false, true),
  PRACTICES(false, true),
  NEEDS(false, false),
  OFFERS(false, false);

  private final boolean topics;
  private final boolean norms;

  Section(boolean topics, boolean norms) {
    this.topics = topics;
    this.norms = norms;
  }

  /** Whether the section can answer the filter: one it cannot is left out, not shown unfiltered. */
  public boolean answers(ProfileFilter filter) {
    return (filter.topic().isEmpty() || topics) && (filter.norm().isEmpty() || norms);
  }
}
