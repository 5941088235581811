package org.plenary.platform.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MessagesTest {

  private final Messages languages = Messages.of("languages");

  @Test
  void theSixFilesOfTheCatalogueAgree() {
    assertEquals(List.of(), languages.gaps());
  }

  @Test
  void countsFollowEachLanguagesPluralRules() {
    assertEquals("1 State", languages.text(Language.EN, "count.states", Map.of("count", 1)));
    assertEquals("2 States", languages.text(Language.EN, "count.states", Map.of("count", 2)));
    assertEquals("21 государство", languages.text(Language.RU, "count.states", Map.of("count", 21)));
    assertEquals("3 государства", languages.text(Language.RU, "count.states", Map.of("count", 3)));
    assertEquals("5 государств", languages.text(Language.RU, "count.states", Map.of("count", 5)));
    assertEquals("دولتان", languages.text(Language.AR, "count.states", Map.of("count", 2)));
    assertEquals("1 État", languages.text(Language.FR, "count.states", Map.of("count", 1)));
  }

  @Test
  void theReadersLanguageComesFromATagOrTheBrowsersWeightedList() {
    assertEquals(Optional.of(Language.FR), Language.of("fr-CH"));
    assertEquals(Optional.of(Language.ZH), Language.of("zh-Hans-CN"));
    assertEquals(Optional.empty(), Language.of("de"));
    assertEquals(Optional.of(Language.RU), Language.acceptedBy("de-DE, ru;q=0.8, en;q=0.5"));
    assertEquals(Optional.of(Language.EN), Language.acceptedBy("fr;q=0, en"));
    assertEquals(Optional.empty(), Language.acceptedBy("de, it"));
    assertEquals(Optional.empty(), Language.acceptedBy(";;;q=abc"));
  }
}
