package org.plenary.platform.organizations;

import java.util.Optional;
import org.plenary.platform.identity.Participant;

/**
 * Whether a reader (anonymous, or a participant) may see a stakeholder's accreditation while it is not accredited
 * (pending, objected, withdrawn). The accreditation context decides; anyone it does not let see learns no
 * more than its public list of accredited organizations says.
 */
@FunctionalInterface
public interface AccreditationDisclosure {

  /** Nobody but the public list: what a server without the accreditation context would show. */
  AccreditationDisclosure ACCREDITED_ONLY = (reader, organizationId) -> false;

  boolean seesProcedureOf(Optional<Participant> reader, String organizationId);
}
