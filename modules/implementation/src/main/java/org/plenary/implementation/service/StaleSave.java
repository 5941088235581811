package org.plenary.implementation.service;

import org.plenary.implementation.domain.ReportVersion;

/**
 * A save that lost a race: another delegate saved {@code latest} after the version the text started from. The edge
 * answers 409 with the latest version, so the client keeps its own text and shows the newer one beside it.
 */
public final class StaleSave extends RuntimeException {

  private final int baseVersion;
  private final transient ReportVersion latest;

  public StaleSave(int baseVersion, ReportVersion latest) {
    super("Version " + latest.version() + " of the report was saved after version " + baseVersion
        + ", which your text starts from: nothing of yours was saved. Merge your text into version "
        + latest.version() + " (sent as latestVersion) and save again from it.", null, false, false);
    this.baseVersion = baseVersion;
    this.latest = latest;
  }

  public int baseVersion() {
    return baseVersion;
  }

  public ReportVersion latest() {
    return latest;
  }
}
