package org.plenary.sessions.speakers;

import java.util.Optional;
import org.plenary.platform.organizations.RegionalGroup;

/**
 * A group of States that speaks through one of them: a regional group, or a political group the Secretariat
 * records (the Group of 77 and China, the EU and its member States) with the organization that speaks for it.
 */
public record SpeakingGroup(String id, String name, Optional<RegionalGroup> regionalGroup,
                            Optional<String> speakerId) {

  public boolean spokenForBy(String organizationId) {
    return speakerId.filter(organizationId::equals).isPresent();
  }
}
