package org.plenary.implementation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.plenary.implementation.domain.Audience;
import org.plenary.implementation.service.ReportRules;
import org.plenary.platform.failure.Failure;
import org.plenary.platform.identity.Participant;
import org.plenary.platform.identity.Role;
import org.plenary.platform.organizations.Organization;
import org.plenary.platform.organizations.OrganizationKind;
import org.plenary.platform.organizations.RegionalGroup;

@DisplayName("Who may draft, submit, publish and read national reports")
class ReportRulesTest {

  private static Participant of(String org, OrganizationKind kind, Role role) {
    Optional<RegionalGroup> group = kind == OrganizationKind.STATE ? Optional.of(RegionalGroup.AFRICAN)
        : Optional.empty();
    return new Participant(UUID.randomUUID(), "s", "u", "n", new Organization(org, kind, org, group, false,
        Optional.of("accredited")), Set.of(role));
  }

  private static String rule(Runnable check) {
    return assertThrows(Failure.class, check::run).rule();
  }

  @Test
  @DisplayName("Only the State's own delegates draft; members read the draft; others neither")
  void drafting() {
    Participant delegate = of("FRA", OrganizationKind.STATE, Role.DELEGATE);
    ReportRules.mayDraft(delegate, "FRA", "edit");
    assertTrue(ReportRules.mayEdit(delegate, "FRA"));
    assertEquals("own-state-delegates-only", rule(() -> ReportRules.mayDraft(delegate, "MWI", "edit")));
    Participant member = of("FRA", OrganizationKind.STATE, Role.MEMBER);
    ReportRules.mayReadDraft(member, "FRA");
    assertFalse(ReportRules.mayEdit(member, "FRA"));
    assertEquals("delegates-only", rule(() -> ReportRules.mayDraft(member, "FRA", "submit")));
    Participant stakeholder = of("opennet", OrganizationKind.CIVIL_SOCIETY, Role.DELEGATE);
    assertEquals("states-report-only", rule(() -> ReportRules.mayDraft(stakeholder, "FRA", "edit")));
    assertEquals("states-report-only", rule(() -> ReportRules.mayReadDraft(stakeholder, "FRA")));
    assertEquals("own-state-only", rule(() -> ReportRules.mayReadDraft(delegate, "MWI")));
    assertEquals("secretariat-only", rule(() -> ReportRules.mayOpenCycle(delegate)));
    ReportRules.mayOpenCycle(of("secretariat", OrganizationKind.UN_BODY, Role.SECRETARIAT));
  }

  @Test
  @DisplayName("A report for States is read by States and the Secretariat; public by everyone")
  void reading() {
    Optional<Participant> stakeholder = Optional.of(of("opennet", OrganizationKind.CIVIL_SOCIETY, Role.DELEGATE));
    Optional<Participant> eu = Optional.of(of("EU", OrganizationKind.INTERGOVERNMENTAL, Role.DELEGATE));
    Optional<Participant> brazil = Optional.of(of("BRA", OrganizationKind.STATE, Role.MEMBER));
    Optional<Participant> secretariat = Optional.of(of("secretariat", OrganizationKind.UN_BODY, Role.SECRETARIAT));
    assertTrue(ReportRules.mayRead(Audience.PUBLIC, "MWI", Optional.empty()));
    assertFalse(ReportRules.mayRead(Audience.STATES, "MWI", Optional.empty()));
    assertFalse(ReportRules.mayRead(Audience.STATES, "MWI", stakeholder));
    assertFalse(ReportRules.mayRead(Audience.STATES, "MWI", eu));
    assertTrue(ReportRules.mayRead(Audience.STATES, "MWI", brazil));
    assertTrue(ReportRules.mayRead(Audience.STATES, "MWI", secretariat));
    assertEquals(Failure.Kind.UNAUTHENTICATED, assertThrows(Failure.class,
        () -> ReportRules.requireRead(Audience.STATES, "MWI", Optional.empty())).kind());
    assertEquals("states-only-report", rule(() -> ReportRules.requireRead(Audience.STATES, "MWI", stakeholder)));
  }
}
