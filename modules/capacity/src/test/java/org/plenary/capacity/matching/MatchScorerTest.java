package org.plenary.capacity.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonObject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.plenary.capacity.domain.Modality;
import org.plenary.capacity.domain.Timeframe;
import org.plenary.capacity.http.ExplanationJson;

@DisplayName("The match score: each part, the hard rules, and the ranking")
class MatchScorerTest {

  private final Profiles profiles = new Profiles();
  private final NeedProfile malawi = profiles.need(UUID.randomUUID(), "MWI", new String[] {"incident-management-certs"},
      new String[] {"en"}, new String[] {"MWI"}, new String[] {"african"}, new String[] {"in-person", "hybrid"},
      LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31));

  private static Timeframe year(int year) {
    return new Timeframe(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
  }

  private OfferProfile offer(String org, List<String> areas, List<String> languages, List<String> regions,
                             Modality modality, Timeframe timeframe, int capacity, int committed) {
    return profiles.offer(UUID.randomUUID(), org, areas.toArray(String[]::new), languages.toArray(String[]::new),
        regions.toArray(String[]::new), new String[] {modality.wire()}, timeframe.startsOn(), timeframe.endsOn(),
        capacity, committed);
  }

  @Test
  @DisplayName("A hybrid English CERT offer for African States scores 96: only the region is not by name")
  void estonia() {
    OfferProfile estonia = offer("EST", List.of("incident-management-certs", "skills-workforce"), List.of("en"),
        List.of("african", "asia-pacific"), Modality.HYBRID, new Timeframe(LocalDate.of(2026, 6, 1),
            LocalDate.of(2027, 12, 31)), 3, 0);
    assertTrue(MatchScorer.eligible(malawi, estonia));
    assertEquals(96.0, MatchScorer.score(malawi, estonia));
    assertEquals(0.8, MatchScorer.value(MatchPart.REGION, malawi, estonia));
  }

  @Test
  @DisplayName("An offer in French only is excluded from an English need, whatever else fits")
  void languageIsAHardRule() {
    OfferProfile french = offer("contoso-security", List.of("incident-management-certs"), List.of("fr"), List.of("MWI"),
        Modality.HYBRID, year(2027), 2, 0);
    assertFalse(MatchScorer.eligible(malawi, french));
    // As the API shows the explanation.
    JsonObject explanation = ExplanationJson.of(new Explainer(profiles, Map.of()).explain(malawi, french, "Malawi"));
    assertEquals(List.of("language"), explanation.getJsonArray("excludedBy").getList());
    assertEquals("none-shared", explanation.getJsonArray("parts").getJsonObject(1).getString("reason"));
  }

  @Test
  @DisplayName("No shared area, no capacity left, or the State's own offer: excluded")
  void otherExclusions() {
    assertFalse(MatchScorer.eligible(malawi, offer("EST", List.of("international-law"), List.of("en"), List.of(),
        Modality.HYBRID, year(2027), 1, 0)));
    assertFalse(MatchScorer.eligible(malawi, offer("EST", List.of("incident-management-certs"), List.of("en"),
        List.of(), Modality.HYBRID, year(2027), 2, 2)));
    assertFalse(MatchScorer.eligible(malawi, offer("MWI", List.of("incident-management-certs"), List.of("en"),
        List.of(), Modality.HYBRID, year(2027), 2, 0)));
  }

  @Test
  @DisplayName("Region: by name 1, through the group 0.8, every region 0.6, elsewhere 0")
  void region() {
    Timeframe t = year(2027);
    List<String> areas = List.of("incident-management-certs");
    assertEquals(1.0, MatchScorer.value(MatchPart.REGION, malawi, offer("x", areas, List.of("en"), List.of("MWI"),
        Modality.HYBRID, t, 1, 0)));
    assertEquals(0.6, MatchScorer.value(MatchPart.REGION, malawi, offer("x", areas, List.of("en"), List.of(),
        Modality.HYBRID, t, 1, 0)));
    assertEquals(0.0, MatchScorer.value(MatchPart.REGION, malawi, offer("x", areas, List.of("en"),
        List.of("latin-american-caribbean", "BRA"), Modality.HYBRID, t, 1, 0)));
  }

  @Test
  @DisplayName("Modality: a hybrid offer half fits an in-person-only need; remote never fits in-person")
  void modality() {
    int inPerson = Modality.IN_PERSON.bit();
    assertEquals(1.0, MatchScorer.modality(inPerson | Modality.HYBRID.bit(), Modality.HYBRID.bit()));
    assertEquals(0.5, MatchScorer.modality(inPerson, Modality.HYBRID.bit()));
    assertEquals(0.5, MatchScorer.modality(Modality.HYBRID.bit(), Modality.REMOTE.bit()));
    assertEquals(0.0, MatchScorer.modality(inPerson, Modality.REMOTE.bit()));
  }

  @Test
  @DisplayName("Timeframe and capacity count in proportion")
  void proportions() {
    OfferProfile half = offer("x", List.of("incident-management-certs"), List.of("en"), List.of(), Modality.HYBRID,
        new Timeframe(LocalDate.of(2027, 7, 1), LocalDate.of(2028, 6, 30)), 4, 3);
    assertEquals(184.0 / 365, MatchScorer.value(MatchPart.TIMEFRAME, malawi, half), 1e-9);
    assertEquals(0.25, MatchScorer.value(MatchPart.CAPACITY, malawi, half));
  }

  @Test
  @DisplayName("Term sets compare exactly beyond the 63 terms a bit mask holds")
  void manyTerms() {
    Terms terms = new Terms();
    for (int i = 0; i < 100; i++) {
      terms.of("term-" + i);
    }
    assertEquals(0, terms.of("term-70").shared(terms.of("term-80")), "both overflow: compared one by one");
    assertEquals(1, terms.of("term-70", "term-1").shared(terms.of("term-70", "term-2")));
    assertEquals(2, terms.of("term-99", "term-3", "term-4").shared(terms.of("term-3", "term-4", "term-98")));
  }

  @Test
  @DisplayName("The full recompute keeps each need's best k, best first, ties by id")
  void bestOffersForAll() {
    List<OfferProfile> offers = List.of(
        offer("a", List.of("incident-management-certs"), List.of("en"), List.of("MWI"), Modality.HYBRID, year(2027), 1, 0),
        offer("b", List.of("incident-management-certs"), List.of("en"), List.of(), Modality.REMOTE, year(2027), 1, 0),
        offer("c", List.of("incident-management-certs"), List.of("fr"), List.of(), Modality.HYBRID, year(2027), 1, 0),
        offer("d", List.of("incident-management-certs"), List.of("en"), List.of("african"), Modality.HYBRID, year(2027), 1, 0));
    List<Scored<OfferProfile>> best = Ranking.bestOffersForAll(List.of(malawi), offers, 2).get(malawi.id());
    assertEquals(List.of("a", "d"), best.stream().map(s -> s.profile().organizationId()).toList());
    assertEquals(Ranking.offersFor(malawi, offers).subList(0, 2), best);
    assertEquals(3, Ranking.offersFor(malawi, offers).size());
  }
}
