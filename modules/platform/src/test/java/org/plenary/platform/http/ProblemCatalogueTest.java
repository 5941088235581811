package org.plenary.platform.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.plenary.platform.i18n.Language;

/** Keeps the problem catalogue whole: every refusal the sources can make has its title and detail in six languages. */
class ProblemCatalogueTest {

  /**
   * The refusals a sample cannot stand for, each for a stated reason: a part of the sentence is itself English
   * prose composed elsewhere (an action, a verb, the reason a record froze). Where those parts come from a closed
   * set the catalogue words them (the actions of the Secretariat and the Chair, a frozen record's reasons: see
   * ProblemTextsTest); the others keep their English detail under a translated title. Keyed by file and the start
   * of the English detail with its samples.
   */
  private static final Set<String> ENGLISH_ONLY = Set.of(
      "Who.java:Only the Secretariat X1.", "Who.java:Only the delegate of a State X1.",
      "DraftRules.java:Only the delegate of a State X1.", "SessionRules.java:Only the Secretariat or the Chair X1.",
      "EngagementWorkflow.java:X1 proposed this engagement",
      "EngagementWorkflow.java:X1 has confirmed X2 already", "EngagementWorkflow.java:The engagement is X1; X2.",
      "Rules.java:Only a delegate of X1 changes its X2.", "Rules.java:Only a delegate of X1 (the requesting State)",
      "InputRules.java:You act for X1", "InputService.java:Only a submitted written input is X1",
      "DraftAccess.java:X1 cannot be added", "DraftAccess.java:X1: the record is frozen",
      "ContributionService.java:Amendment X1 X2; only a proposed amendment",
      "FrozenRecord.java:X1: the record is frozen", "PostService.java:This post cannot be added",
      "ThreadEditRules.java:This thread cannot be edited", "GoodPracticeRules.java:Only States X1",
      "GoodPracticeRules.java:To X1 a good practice", "GoodPracticeRules.java:X1 shared this practice",
      "ReportRules.java:A delegate of X1 may not X2", "ReportRules.java:A member of X1's delegation",
      "Symbols.java:The X1 'X2' is not a UN document symbol", "SessionRules.java:Session X1 is concluded: its X2",
      "Ids.java:The X1 \"X2\" must be a whole number",
      "RequestGate.java:The X1 has", "ProblemHandler.java:The request body is not well-formed JSON");

  private static final Path MODULES = Path.of("..").toAbsolutePath().normalize();
  private static final List<Language> TRANSLATED = List.of(Language.AR, Language.ZH, Language.FR, Language.RU,
      Language.ES);

  @Test
  void theSixFilesOfTheCatalogueAgree() {
    assertEquals(List.of(), ProblemTexts.CATALOGUE.gaps());
  }

  @Test
  void theScanFindsTheRefusalsOfEveryModule() {
    List<RefusalSites.Site> sites = RefusalSites.in(MODULES);
    assertTrue(sites.size() > 300, "refusals found: " + sites.size());
    assertTrue(sites.stream().anyMatch(site -> site.rule().equals("own-state-delegates-only")), "implementation's");
    assertTrue(sites.stream().anyMatch(site -> site.rule().equals("speaker-already-heard")), "the sessions'");
  }

  @Test
  void everyRuleHasItsTitleInTheCatalogue() {
    List<String> missing = RefusalSites.in(MODULES).stream().filter(site -> !ProblemTexts.knows(site.rule()))
        .map(site -> site.where() + " " + site.rule()).distinct().toList();
    assertEquals(List.of(), missing);
  }

  /**
   * A site whose detail no sample can stand for (a ternary of expressions, a switch, a detail made elsewhere) is
   * not asked here; the catalogue has entries for most of them all the same (ProblemTextsTest asks some).
   */
  @Test
  void everyRefusalReadsInEachLanguageSaveThoseThatComposeEnglishProse() {
    List<String> untranslated = new ArrayList<>();
    for (RefusalSites.Site site : RefusalSites.in(MODULES)) {
      if (site.title().isEmpty() || site.detail().isEmpty() || exempt(site)) {
        continue;
      }
      ApiProblem problem = new ApiProblem(400, site.rule(), site.title().get(), site.detail().get());
      for (Language language : TRANSLATED) {
        ProblemTexts.Worded worded = ProblemTexts.of(problem, language);
        if (worded.language() != language || worded.title().equals(site.title().get())) {
          untranslated.add(site.where() + " " + language.code() + ": " + site.detail().get());
        }
      }
    }
    assertEquals(List.of(), untranslated);
  }

  @Test
  void theEnglishOnlyListNamesOnlyRefusalsThatStillExist() {
    List<RefusalSites.Site> sites = RefusalSites.in(MODULES);
    List<String> stale = ENGLISH_ONLY.stream().filter(entry -> sites.stream().noneMatch(site -> site.detail()
        .isPresent() && entry.equals(key(site, entry)))).sorted().toList();
    assertEquals(List.of(), stale);
  }

  private static boolean exempt(RefusalSites.Site site) {
    return ENGLISH_ONLY.stream().anyMatch(entry -> entry.equals(key(site, entry)));
  }

  private static String key(RefusalSites.Site site, String entry) {
    String file = site.where().substring(0, site.where().indexOf(':'));
    String start = entry.substring(entry.indexOf(':') + 1);
    return site.detail().filter(detail -> detail.startsWith(start)).map(detail -> file + ":" + start).orElse("");
  }
}
