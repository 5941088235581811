package org.plenary.accreditation;

import java.util.Optional;

/**
 * An application for accreditation as its author files it, the text as written (the service strips it).
 *
 * @param ecosocStatus the application says the organization has ECOSOC consultative status
 * @param organizationId for the Secretariat, the id to register under (otherwise made from the name); a
 *     delegate may only repeat its own
 * @param windowDays the length of the non-objection window, which only the Secretariat sets
 */
public record ApplyForAccreditation(String name, String kind, String country, String website, String purpose,
                                    boolean ecosocStatus, Optional<String> organizationId,
                                    Optional<Integer> windowDays) {
}
