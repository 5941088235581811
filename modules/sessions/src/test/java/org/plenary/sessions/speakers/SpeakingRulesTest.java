package org.plenary.sessions.speakers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.plenary.sessions.speakers.Fixtures.BRAZIL;
import static org.plenary.sessions.speakers.Fixtures.CONTOSO;
import static org.plenary.sessions.speakers.Fixtures.EU;
import static org.plenary.sessions.speakers.Fixtures.FRANCE;
import static org.plenary.sessions.speakers.Fixtures.GRULAC;
import static org.plenary.sessions.speakers.Fixtures.PENDING;
import static org.plenary.sessions.speakers.Fixtures.RUSSIA;
import static org.plenary.sessions.speakers.Fixtures.SECRETARIAT;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.plenary.platform.failure.Failure;
import org.plenary.platform.identity.Participant;
import org.plenary.platform.identity.Role;

@DisplayName("Who may inscribe, reply, reorder and run the floor; each refusal names its rule")
class SpeakingRulesTest {

  private static final SpeakingRules.Setting STATES = new SpeakingRules.Setting(false, false);
  private static final SpeakingRules.Setting SEGMENT = new SpeakingRules.Setting(false, true);
  private static final SpeakingRules.Setting CONCLUDED = new SpeakingRules.Setting(true, false);

  @Test
  @DisplayName("A delegate inscribes its own State, once; for a group only as its speaker")
  void inscription() {
    Participant brazil = Fixtures.person(BRAZIL, Role.DELEGATE);
    Participant france = Fixtures.person(FRANCE, Role.DELEGATE);
    SpeakersList empty = Fixtures.list();
    assertEquals(SpeakerCategory.GROUP, SpeakingRules.mayInscribe(brazil, "BRA", Optional.of(GRULAC), STATES, empty));
    assertEquals(SpeakerCategory.STATE, SpeakingRules.mayInscribe(france, "FRA", Optional.empty(), STATES, empty));
    assertEquals(SpeakerCategory.OBSERVER,
        SpeakingRules.mayInscribe(Fixtures.person(EU, Role.DELEGATE), "EU", Optional.empty(), STATES, empty));
    refused("group-speaker-only", Failure.Kind.FORBIDDEN,
        () -> SpeakingRules.mayInscribe(france, "FRA", Optional.of(GRULAC), STATES, empty));
    refused("own-organization-only", Failure.Kind.FORBIDDEN,
        () -> SpeakingRules.mayInscribe(france, "BRA", Optional.empty(), STATES, empty));
    refused("inscription-by-delegates", Failure.Kind.FORBIDDEN,
        () -> SpeakingRules.mayInscribe(Fixtures.person(FRANCE, Role.MEMBER), "FRA", Optional.empty(), STATES, empty));
    SpeakersList withFrance = Fixtures.list(Fixtures.statement(FRANCE, 1, Optional.empty()));
    refused("one-inscription-per-item", Failure.Kind.CONFLICT,
        () -> SpeakingRules.mayInscribe(france, "FRA", Optional.empty(), STATES, withFrance));
    refused("session-concluded", Failure.Kind.CONFLICT,
        () -> SpeakingRules.mayInscribe(france, "FRA", Optional.empty(), CONCLUDED, empty));
  }

  @Test
  @DisplayName("Stakeholders inscribe only in a stakeholder segment, and only once accredited; the Secretariat never")
  void stakeholders() {
    SpeakersList empty = Fixtures.list();
    Participant contoso = Fixtures.person(CONTOSO, Role.DELEGATE);
    refused("stakeholder-segment-only", Failure.Kind.FORBIDDEN,
        () -> SpeakingRules.mayInscribe(contoso, CONTOSO.id(), Optional.empty(), STATES, empty));
    assertEquals(SpeakerCategory.STAKEHOLDER,
        SpeakingRules.mayInscribe(contoso, CONTOSO.id(), Optional.empty(), SEGMENT, empty));
    refused("not-accredited", Failure.Kind.FORBIDDEN, () -> SpeakingRules.mayInscribe(
        Fixtures.person(PENDING, Role.DELEGATE), PENDING.id(), Optional.empty(), SEGMENT, empty));
    refused("speakers-are-delegations", Failure.Kind.FORBIDDEN, () -> SpeakingRules.mayInscribe(
        Fixtures.person(SECRETARIAT, Role.DELEGATE, Role.SECRETARIAT), SECRETARIAT.id(), Optional.empty(), STATES,
        empty));
  }

  @Test
  @DisplayName("Two rights of reply per State per item; a third is refused, naming the rule")
  void replies() {
    Participant russia = Fixtures.person(RUSSIA, Role.DELEGATE);
    assertEquals(1, SpeakingRules.mayReply(russia, "RUS", STATES, 0));
    assertEquals(2, SpeakingRules.mayReply(russia, "RUS", STATES, 1));
    refused("two-replies-per-item", Failure.Kind.CONFLICT, () -> SpeakingRules.mayReply(russia, "RUS", STATES, 2));
    refused("reply-by-states", Failure.Kind.FORBIDDEN,
        () -> SpeakingRules.mayReply(Fixtures.person(EU, Role.DELEGATE), "EU", STATES, 0));
  }

  @Test
  @DisplayName("Only the Secretariat reorders; the Chair and the Secretariat run the floor; delegates withdraw their own")
  void runningTheList() {
    SpeakerEntry france = Fixtures.statement(FRANCE, 1, Optional.empty());
    Participant delegate = Fixtures.person(FRANCE, Role.DELEGATE);
    Participant chair = Fixtures.person(SECRETARIAT, Role.CHAIR);
    Participant secretariat = Fixtures.person(SECRETARIAT, Role.SECRETARIAT);
    refused("reorder-by-secretariat", Failure.Kind.FORBIDDEN, () -> SpeakingRules.mayReorder(delegate, france, STATES));
    refused("reorder-by-secretariat", Failure.Kind.FORBIDDEN, () -> SpeakingRules.mayReorder(chair, france, STATES));
    SpeakingRules.mayReorder(secretariat, france, STATES);
    refused("floor-by-chair", Failure.Kind.FORBIDDEN, () -> SpeakingRules.mayRunTheFloor(delegate, STATES));
    SpeakingRules.mayRunTheFloor(chair, STATES);
    SpeakingRules.mayWithdraw(delegate, france, STATES);
    refused("withdraw-own-only", Failure.Kind.FORBIDDEN,
        () -> SpeakingRules.mayWithdraw(Fixtures.person(BRAZIL, Role.DELEGATE), france, STATES));
    refused("speaker-already-heard", Failure.Kind.CONFLICT,
        () -> SpeakingRules.mayWithdraw(delegate, france.withStatus(EntryStatus.DONE), STATES));
  }

  @Test
  @DisplayName("One speaker on the floor: the next one ends the current; done and absent as the Chair marks them")
  void floor() {
    SpeakerEntry brazil = Fixtures.statement(BRAZIL, 1, Optional.of(GRULAC)).withStatus(EntryStatus.ON_FLOOR);
    SpeakerEntry france = Fixtures.statement(FRANCE, 2, Optional.empty());
    SpeakersList list = Fixtures.list(brazil, france);
    assertEquals(List.of(brazil.withStatus(EntryStatus.DONE), france.withStatus(EntryStatus.ON_FLOOR)),
        Floor.apply(list, france, FloorAction.FLOOR));
    assertEquals(List.of(brazil.withStatus(EntryStatus.DONE)), Floor.apply(list, brazil, FloorAction.DONE));
    assertEquals(List.of(france.withStatus(EntryStatus.ABSENT)), Floor.apply(list, france, FloorAction.ABSENT));
    refused("not-on-the-floor", Failure.Kind.CONFLICT, () -> Floor.apply(list, france, FloorAction.DONE));
    refused("speaker-already-heard", Failure.Kind.CONFLICT,
        () -> Floor.apply(list, brazil.withStatus(EntryStatus.DONE), FloorAction.FLOOR));
  }

  @Test
  @DisplayName("The second right of reply is shorter than the first")
  void limits() {
    refused("second-reply-shorter", Failure.Kind.INVALID, () -> TimeLimits.of(300, 420, 180, 180));
  }

  private static void refused(String rule, Failure.Kind kind, Executable action) {
    Failure failure = assertThrows(Failure.class, action);
    assertEquals(rule, failure.rule());
    assertEquals(kind, failure.kind());
  }
}
