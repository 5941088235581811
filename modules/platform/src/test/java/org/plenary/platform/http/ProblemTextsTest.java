package org.plenary.platform.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.plenary.platform.failure.Failure;
import org.plenary.platform.i18n.Language;

class ProblemTextsTest {

  private static ProblemTexts.Worded in(Language language, Failure failure) {
    return ProblemTexts.of(ApiProblem.of(failure), language);
  }

  @Test
  void aFixedRefusalReadsInTheReadersLanguage() {
    Failure failure = Failure.forbidden("secretariat-only", "Only the Secretariat",
        "Only the Secretariat opens reporting cycles.");
    assertEquals(new ProblemTexts.Worded("Réservé au Secrétariat",
        "Seul le Secrétariat ouvre les cycles d’établissement des rapports.", Language.FR), in(Language.FR, failure));
    assertEquals(new ProblemTexts.Worded("Only the Secretariat", "Only the Secretariat opens reporting cycles.",
        Language.EN), in(Language.EN, failure));
  }

  @Test
  void theDynamicPartsOfTheEnglishDetailGoIntoTheTranslation() {
    Failure failure = Failure.conflict("cycle-exists", "The cycle exists",
        "A reporting cycle '2027-cycle' is already open: give another id.");
    assertEquals("Un cycle d’établissement des rapports « 2027-cycle » est déjà ouvert : choisissez un autre"
        + " identifiant.", in(Language.FR, failure).detail());
  }

  @Test
  void namedArgumentsChooseTheEntryWithoutReadingTheText() {
    Failure failure = Failure.notFound("There is no post 12, or it is not open to you.").with("postId", 12);
    assertEquals("Il n’existe pas de message 12, ou il ne vous est pas accessible.", in(Language.FR, failure).detail());
  }

  @Test
  void aLanguageNamedInTheDetailIsNamedInTheReadersLanguage() {
    Failure failure = Failure.unprocessable("translation-pair-unavailable",
        "No translation engine serves Russian to English", "No translation engine serves Russian to English.");
    assertEquals(new ProblemTexts.Worded("Aucun moteur ne traduit le russe vers l’anglais",
        "Aucun moteur de traduction ne traduit le russe vers l’anglais.", Language.FR), in(Language.FR, failure));
    assertEquals("لا يوجد محرك ترجمة يترجم من الروسية إلى الإنكليزية.", in(Language.AR, failure).detail());
  }

  @Test
  void theMostSpecificEntryWinsOverAShorterOneThatAlsoFits() {
    assertEquals("Il n’existe pas de message 7 dans le fil 9.",
        in(Language.FR, Failure.notFound("There is no post 7 in thread 9.")).detail());
    assertEquals("Il n’existe pas de message 7.", in(Language.FR, Failure.notFound("There is no post 7.")).detail());
  }

  @Test
  void aSchemaErrorKeepsItsPointerAndTranslatesItsFramingAndRuleWithPluralRules() {
    Failure failure = Failure.invalidAt("request body", "#/title", "must be at most 300 characters long (it has 301)");
    assertEquals("Le champ \"title\" du corps de la requête doit compter au plus 300 caractères (il en a 301).",
        in(Language.FR, failure).detail());
    Failure one = Failure.invalidAt("request body", "#/code", "must be at most 1 characters long (it has 2)");
    assertEquals("Le champ \"code\" du corps de la requête doit compter au plus 1 caractère (il en a 2).",
        in(Language.FR, one).detail());
  }

  @Test
  void aTextTheCatalogueDoesNotKnowStaysEnglishAndSaysSo() {
    Failure failure = Failure.conflict("cycle-exists", "The cycle exists", "Something nobody wrote down.");
    ProblemTexts.Worded worded = in(Language.FR, failure);
    assertEquals("Le cycle existe", worded.title());
    assertEquals("Something nobody wrote down.", worded.detail());
    assertEquals(Language.EN, worded.language());
  }

  @Test
  void aSchemaRuleTheCatalogueDoesNotKnowLeavesTheWholeDetailEnglish() {
    Failure failure = Failure.invalidAt("request body", "#/x", "must rhyme with orange");
    assertEquals("The request body's field \"x\" must rhyme with orange.", in(Language.FR, failure).detail());
  }

  @Test
  void anActionOfAClosedSetIsWordedWithItsSentence() {
    Failure failure = Failure.forbidden("not-the-secretariat", "Only the Secretariat may do this",
        "Only the Secretariat withdraws an accreditation.");
    assertEquals("Отозвать аккредитацию может только Секретариат.", in(Language.RU, failure).detail());
    Failure sessions = Failure.forbidden("secretariat-or-chair-only", "Only the Secretariat or the Chair",
        "Only the Secretariat or the Chair adopt agendas.");
    assertEquals("Seuls le Secrétariat ou le Président adoptent les ordres du jour.", in(Language.FR, sessions).detail());
  }

  @Test
  void aFrozenRecordSaysWhatItRefusedAndWhyInTheReadersWords() {
    Failure failure = Failure.conflict("record-frozen", "The record is frozen",
        "A stance cannot be added: the record is frozen because the thread is locked.");
    assertEquals("No puede añadirse una postura: el registro está"
        + " congelado porque el hilo tiene el estado «locked».", in(Language.ES, failure).detail());
    Failure unknownReason = Failure.conflict("record-frozen", "The record is frozen",
        "A stance cannot be added: the record is frozen because the moon is full.");
    assertEquals(Language.EN, in(Language.ES, unknownReason).language(), "no half-translated sentence");
  }
}
