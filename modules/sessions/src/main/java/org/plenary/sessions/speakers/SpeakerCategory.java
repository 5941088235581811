package org.plenary.sessions.speakers;

import org.plenary.platform.organizations.Organization;
import org.plenary.platform.organizations.OrganizationKind;
import org.plenary.platform.wire.WireEnum;

/**
 * Where a statement falls in a speakers list, in the order of the list: statements on behalf of a group of States
 * first, then States (in order of inscription), then observers (intergovernmental organizations and observer
 * States), then stakeholders, in a session that has a stakeholder segment.
 */
public enum SpeakerCategory implements WireEnum {
  GROUP, STATE, OBSERVER, STAKEHOLDER;

  /** The category of a statement by {@code speaker}; {@code forGroup} when it is made on behalf of a group. */
  public static SpeakerCategory of(Organization speaker, boolean forGroup) {
    if (forGroup) {
      return GROUP;
    }
    OrganizationKind kind = speaker.kind();
    if (kind == OrganizationKind.STATE) {
      return speaker.observer() ? OBSERVER : STATE;
    }
    if (kind == OrganizationKind.INTERGOVERNMENTAL) {
      return OBSERVER;
    }
    return STAKEHOLDER;
  }
}
