package org.plenary.sessions.speakers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.plenary.sessions.speakers.Fixtures.BRAZIL;
import static org.plenary.sessions.speakers.Fixtures.CONTOSO;
import static org.plenary.sessions.speakers.Fixtures.ESTONIA;
import static org.plenary.sessions.speakers.Fixtures.EU;
import static org.plenary.sessions.speakers.Fixtures.FRANCE;
import static org.plenary.sessions.speakers.Fixtures.GRULAC;
import static org.plenary.sessions.speakers.Fixtures.RUSSIA;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The order of a speakers list: groups, States, observers, stakeholders, and the Secretariat's moves")
class SpeakersOrderTest {

  @Test
  @DisplayName("A statement on behalf of a group speaks before national statements inscribed earlier")
  void groupsFirst() {
    SpeakerEntry france = Fixtures.statement(FRANCE, 1, Optional.empty());
    SpeakerEntry brazil = Fixtures.statement(BRAZIL, 2, Optional.of(GRULAC));
    assertEquals(List.of("BRA", "FRA"), ids(Fixtures.list(france, brazil).statements()));
  }

  @Test
  @DisplayName("States in order of inscription, then observers, then stakeholders, whoever inscribed first")
  void categories() {
    SpeakerEntry contoso = Fixtures.statement(CONTOSO, 1, Optional.empty());
    SpeakerEntry eu = Fixtures.statement(EU, 2, Optional.empty());
    SpeakerEntry estonia = Fixtures.statement(ESTONIA, 3, Optional.empty());
    SpeakerEntry france = Fixtures.statement(FRANCE, 4, Optional.empty());
    assertEquals(List.of("EST", "FRA", "EU", "contoso-security"),
        ids(Fixtures.list(contoso, eu, estonia, france).statements()));
  }

  @Test
  @DisplayName("A speaker the Secretariat moved keeps its place when others inscribe after the move")
  void movesReplayed() {
    SpeakerEntry france = Fixtures.statement(FRANCE, 1, Optional.empty());
    SpeakerEntry estonia = Fixtures.moved(Fixtures.statement(ESTONIA, 2, Optional.empty()), 1, 0);
    SpeakerEntry brazil = Fixtures.statement(BRAZIL, 3, Optional.of(GRULAC));
    SpeakersList list = Fixtures.list(france, estonia, brazil);
    assertEquals(List.of("EST", "BRA", "FRA"), ids(list.statements()));
    assertEquals(1, list.positionOf(list.statements().get(0)));
  }

  @Test
  @DisplayName("Later moves apply after earlier ones; a place past the end is the end")
  void movesInOrder() {
    SpeakerEntry france = Fixtures.moved(Fixtures.statement(FRANCE, 1, Optional.empty()), 9, 0);
    SpeakerEntry estonia = Fixtures.statement(ESTONIA, 2, Optional.empty());
    SpeakerEntry russia = Fixtures.moved(Fixtures.statement(RUSSIA, 3, Optional.empty()), 1, 5);
    assertEquals(List.of("RUS", "EST", "FRA"), ids(Fixtures.list(france, estonia, russia).statements()));
  }

  @Test
  @DisplayName("Withdrawn inscriptions leave the list; rights of reply come after, first replies before second")
  void repliesAndWithdrawals() {
    SpeakerEntry france = Fixtures.statement(FRANCE, 1, Optional.empty()).withStatus(EntryStatus.WITHDRAWN);
    SpeakerEntry estonia = Fixtures.statement(ESTONIA, 2, Optional.empty());
    SpeakerEntry russiaSecond = Fixtures.reply(RUSSIA, 3, 2);
    SpeakerEntry estoniaFirst = Fixtures.reply(ESTONIA, 4, 1);
    SpeakersList list = Fixtures.list(france, estonia, russiaSecond, estoniaFirst);
    assertEquals(List.of("EST"), ids(list.statements()));
    assertEquals(List.of(estoniaFirst, russiaSecond), list.replies());
    assertEquals(Optional.of(estonia), list.next());
  }

  @Test
  @DisplayName("Time limits: 5 minutes national, 7 for a group, 5 then 3 for rights of reply")
  void timeLimits() {
    TimeLimits limits = TimeLimits.DEFAULT;
    assertEquals(300, limits.secondsFor(Fixtures.statement(FRANCE, 1, Optional.empty())));
    assertEquals(420, limits.secondsFor(Fixtures.statement(BRAZIL, 2, Optional.of(GRULAC))));
    assertEquals(300, limits.secondsFor(Fixtures.reply(RUSSIA, 3, 1)));
    assertEquals(180, limits.secondsFor(Fixtures.reply(RUSSIA, 4, 2)));
  }

  private static List<String> ids(List<SpeakerEntry> entries) {
    return entries.stream().map(e -> e.speaker().id()).toList();
  }
}
