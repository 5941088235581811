package org.plenary.capacity.domain;

import java.util.Optional;
import org.plenary.platform.organizations.Organization;
import org.plenary.platform.organizations.RegionalGroup;

/** An organization on one side of capacity-building: the requesting State, or the provider. */
public record Party(String id, String name, String kind, Optional<String> regionalGroup) {

  public static Party of(Organization organization) {
    return new Party(organization.id(), organization.name(), organization.kind().wire(),
        organization.regionalGroup().map(RegionalGroup::wire));
  }
}
