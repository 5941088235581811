package org.plenary.accreditation;

/**
 * An organization of the registry as an application or a withdrawal finds it, locked. Kind and accreditation
 * stay the registry's spelling: the refusals quote them.
 *
 * @param accreditation null when the registry holds none for it
 */
record RegisteredOrganization(String id, String kind, String name, String accreditation) {

  boolean accredited() {
    return ApplicationStatus.ACCREDITED.wire().equals(accreditation);
  }
}
