package org.plenary.summary.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("A position's stance is read from the words delegations use, in the six UN languages")
class PolarityTest {

  @ParameterizedTest(name = "{0}: {1} → {2}")
  @CsvSource(delimiter = '|', value = {
      "en|Brazil supports a legally binding instrument.|SUPPORT",
      "en|We do not support a legally binding instrument.|OPPOSITION",
      "en|Estonia opposes a new treaty.|OPPOSITION",
      "en|Measures against ransomware protect hospitals.|NONE",
      "en|States should designate critical infrastructure.|NONE",
      "en|Developing countries need support to establish CERTs.|NONE",
      "fr|La France soutient l'Appel de Paris.|SUPPORT",
      "fr|La France ne soutient pas un nouvel instrument.|OPPOSITION",
      "fr|La lutte contre les rançongiciels est prioritaire.|NONE",
      "es|Brasil apoya un instrumento vinculante.|SUPPORT",
      "es|Nos oponemos a un instrumento vinculante.|OPPOSITION",
      "ru|Мы выступаем за разработку юридически обязывающего документа.|SUPPORT",
      "ru|Мы не поддерживаем разработку нового договора.|OPPOSITION",
      "ar|ندعم بناء القدرات للدول النامية.|SUPPORT",
      "ar|نعارض إبرام صك ملزم قانونا.|OPPOSITION",
      "zh|我们支持建立研究网络。|SUPPORT",
      "zh|我们不支持谈判新的条约。|OPPOSITION"})
  void stance(String language, String sentence, Polarity expected) {
    assertEquals(expected, Polarity.of(sentence, language));
  }
}
