package org.plenary.contacts.service;

import org.plenary.contacts.domain.ContactEntry;

/**
 * A save that lost a race: another delegate saved {@code latest} after the version the change started from. The
 * edge answers 409 with the latest version, so the client keeps its own text and shows the newer one beside it.
 */
public final class StaleEntry extends RuntimeException {

  private final int baseVersion;
  private final transient ContactEntry latest;

  public StaleEntry(int baseVersion, ContactEntry latest) {
    super("Version " + latest.version() + " of the points of contact was saved after version " + baseVersion
        + ", which your change starts from: nothing of yours was saved. Merge your change into version "
        + latest.version() + " (sent as latestVersion) and save again from it.", null, false, false);
    this.baseVersion = baseVersion;
    this.latest = latest;
  }

  public int baseVersion() {
    return baseVersion;
  }

  public ContactEntry latest() {
    return latest;
  }
}
