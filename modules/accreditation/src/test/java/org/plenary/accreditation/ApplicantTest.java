package org.plenary.accreditation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.plenary.platform.failure.Failure;
import org.plenary.platform.identity.Participant;
import org.plenary.platform.identity.Role;
import org.plenary.platform.organizations.Organization;
import org.plenary.platform.organizations.OrganizationKind;

/** The rules {@link Applicant#of} applies to an {@link ApplyForAccreditation}, without a database. */
@DisplayName("Who applies for which organization, from the typed application")
class ApplicantTest {

  private static final AccreditationConfig CONFIG = new AccreditationConfig(10, Duration.ofSeconds(60));

  @Test
  @DisplayName("a delegate applies for its own organization, stripped, in the default window")
  void delegate() {
    Applicant applicant = Applicant.of(delegateOf("cpi"), application("  Cyber Peace  ", Optional.empty(),
        Optional.empty()), CONFIG);
    assertEquals(new Applicant("cpi", "civil-society", "Cyber Peace", false, true, 10), applicant);
    assertEquals(ApplicationStatus.PENDING, applicant.status());
    assertFalse(applicant.accreditedOnNotification());
  }

  @Test
  @DisplayName("a delegate may not name another organization, nor set the window")
  void delegateLimits() {
    Failure other = assertThrows(Failure.class, () -> Applicant.of(delegateOf("cpi"),
        application("Cyber Peace", Optional.of("other"), Optional.empty()), CONFIG));
    assertEquals("You apply for your own organization, 'cpi'; the Secretariat registers others.", other.detail());
    assertEquals(new Applicant("cpi", "civil-society", "Cyber Peace", false, true, 10), Applicant.of(delegateOf("cpi"),
        application("Cyber Peace", Optional.of("cpi"), Optional.empty()), CONFIG));
    Failure window = assertThrows(Failure.class, () -> Applicant.of(delegateOf("cpi"),
        application("Cyber Peace", Optional.empty(), Optional.of(5)), CONFIG));
    assertEquals("Only the Secretariat sets the length of the non-objection window.", window.detail());
  }

  @Test
  @DisplayName("the Secretariat registers under the given id or the name's, accredited on notification with ECOSOC")
  void registration() {
    Applicant named = Applicant.of(secretariat(), application("Cyber Peace Institute", Optional.empty(),
        Optional.of(30)), CONFIG);
    assertEquals(new Applicant("cyber-peace-institute", "civil-society", "Cyber Peace Institute", true, true, 30), named);
    assertTrue(named.accreditedOnNotification());
    // The id is made from the name even when it is given, so a name that yields none is refused either way.
    Failure failure = assertThrows(Failure.class, () -> Applicant.of(secretariat(), application("!!", Optional.of("x1"),
        Optional.empty()), CONFIG));
    assertEquals("Give the organizationId to register '!!' under: its name yields none.", failure.detail());
  }

  private static ApplyForAccreditation application(String name, Optional<String> organizationId,
                                                   Optional<Integer> windowDays) {
    return new ApplyForAccreditation(name, "civil-society", "KEN", "https://example.org",
        "Research on ICT security norms.", true, organizationId, windowDays);
  }

  private static Participant delegateOf(String organizationId) {
    return participant(new Organization(organizationId, OrganizationKind.CIVIL_SOCIETY, "Cyber Peace",
        Optional.empty(), false, Optional.empty()), Role.DELEGATE);
  }

  private static Participant secretariat() {
    return participant(new Organization("unoda", OrganizationKind.UN_BODY, "UNODA", Optional.empty(), false,
        Optional.empty()), Role.SECRETARIAT);
  }

  private static Participant participant(Organization organization, Role role) {
    return new Participant(UUID.randomUUID(), "subject", "user", "A User", organization, Set.of(role));
  }
}
