package org.plenary.sessions.speakers;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.plenary.platform.identity.Participant;
import org.plenary.platform.identity.Role;
import org.plenary.platform.organizations.Organization;
import org.plenary.platform.organizations.OrganizationKind;
import org.plenary.platform.organizations.RegionalGroup;

/** Organizations, people and entries the rules' tests speak of. */
final class Fixtures {

  static final Instant AT = Instant.parse("2026-12-03T10:00:00Z");
  static final UUID LIST = UUID.randomUUID();
  static final Organization BRAZIL = state("BRA", "Brazil", RegionalGroup.LATIN_AMERICAN_CARIBBEAN);
  static final Organization FRANCE = state("FRA", "France", RegionalGroup.WESTERN_EUROPEAN_OTHERS);
  static final Organization ESTONIA = state("EST", "Estonia", RegionalGroup.EASTERN_EUROPEAN);
  static final Organization RUSSIA = state("RUS", "Russian Federation", RegionalGroup.EASTERN_EUROPEAN);
  static final Organization EU = new Organization("EU", OrganizationKind.INTERGOVERNMENTAL, "European Union",
      Optional.empty(), false, Optional.empty());
  static final Organization CONTOSO = new Organization("contoso-security", OrganizationKind.PRIVATE_SECTOR,
      "Contoso Security", Optional.empty(), false, Optional.of("accredited"));
  static final Organization PENDING = new Organization("digital-rights-watch", OrganizationKind.CIVIL_SOCIETY,
      "Digital Rights Watch", Optional.empty(), false, Optional.of("pending"));
  static final Organization SECRETARIAT = new Organization("secretariat", OrganizationKind.UN_BODY, "Secretariat",
      Optional.empty(), false, Optional.empty());
  static final SpeakingGroup GRULAC = new SpeakingGroup("latin-american-caribbean",
      "Group of Latin American and Caribbean States", Optional.of(RegionalGroup.LATIN_AMERICAN_CARIBBEAN),
      Optional.of("BRA"));

  private Fixtures() {
  }

  static Organization state(String id, String name, RegionalGroup group) {
    return new Organization(id, OrganizationKind.STATE, name, Optional.of(group), false, Optional.empty());
  }

  static Participant person(Organization org, Role... roles) {
    Set<Role> set = roles.length == 0 ? Set.of() : EnumSet.of(roles[0], roles);
    return new Participant(UUID.randomUUID(), "sub-" + org.id(), "p-" + org.id(), "Someone of " + org.name(), org,
        set);
  }

  static SpeakerEntry statement(Organization org, long sequence, Optional<SpeakingGroup> group) {
    return new SpeakerEntry(UUID.randomUUID(), LIST, speaker(org), group, SpeakerCategory.of(org, group.isPresent()),
        EntryKind.STATEMENT, 0, sequence, AT.plusSeconds(sequence), EntryStatus.WAITING, Optional.empty());
  }

  static SpeakerEntry reply(Organization org, long sequence, int number) {
    return new SpeakerEntry(UUID.randomUUID(), LIST, speaker(org), Optional.empty(), SpeakerCategory.STATE,
        EntryKind.RIGHT_OF_REPLY, number, sequence, AT.plusSeconds(sequence), EntryStatus.WAITING, Optional.empty());
  }

  static SpeakerEntry moved(SpeakerEntry entry, int position, long secondsLater) {
    return new SpeakerEntry(entry.id(), entry.listId(), entry.speaker(), entry.onBehalfOf(), entry.category(),
        entry.kind(), entry.replyNumber(), entry.sequence(), entry.inscribedAt(), entry.status(),
        Optional.of(new Move(position, "Delegation must leave early", AT.plusSeconds(1000 + secondsLater))));
  }

  static SpeakersList list(SpeakerEntry... entries) {
    return SpeakersList.of(LIST, UUID.randomUUID(), UUID.randomUUID(), Optional.empty(), TimeLimits.DEFAULT, 1,
        List.of(entries));
  }

  private static Speaker speaker(Organization org) {
    return new Speaker(org.id(), org.name(), org.kind());
  }
}
