package org.plenary.capacity.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The full recompute ranks exactly as one need's matches do")
class RankingTest {

  private static final String[] AREAS = {"a1", "a2", "a3", "a4"};
  private static final String[] MODALITIES = {"in-person", "remote", "hybrid"};
  private static final String[] GROUPS = {"african", "asia-pacific", "eastern-european"};

  private final Random random = new Random(7);
  private final Profiles profiles = new Profiles();

  @Test
  @DisplayName("Same best k, same order, with many equal scores and languages beyond a bit mask's 63")
  void sameAsOneByOne() {
    profiles.languages().of("en", "fr");
    for (int i = 0; i < 70; i++) {
      profiles.languages().of("rare-" + i);
    }
    List<OfferProfile> offers = new ArrayList<>();
    for (int i = 0; i < 400; i++) {
      offers.add(profiles.offer(UUID.randomUUID(), "org-" + random.nextInt(20), some(AREAS), languages(),
          random.nextBoolean() ? new String[0] : new String[] {pick(GROUPS), "S" + random.nextInt(5)},
          some(MODALITIES), LocalDate.of(2027, 1 + random.nextInt(6), 1), LocalDate.of(2028, 1, 1),
          1 + random.nextInt(3), random.nextInt(2)));
    }
    List<NeedProfile> needs = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      needs.add(profiles.need(UUID.randomUUID(), "org-" + random.nextInt(20), some(AREAS), languages(),
          new String[] {"S" + random.nextInt(5)}, new String[] {pick(GROUPS)}, some(MODALITIES),
          LocalDate.of(2027, 3, 1), LocalDate.of(2027, 9, 30)));
    }
    Map<UUID, List<Scored<OfferProfile>>> all = Ranking.bestOffersForAll(needs, offers, 10);
    int compared = 0;
    for (NeedProfile need : needs) {
      List<Scored<OfferProfile>> one = Ranking.offersFor(need, offers);
      assertEquals(one.subList(0, Math.min(10, one.size())), all.get(need.id()));
      compared += one.size();
    }
    assertTrue(compared > 2000, compared + " pairs compared");
  }

  private String[] languages() {
    return random.nextInt(4) == 0 ? new String[] {"rare-" + (60 + random.nextInt(8)), "en"}
        : new String[] {random.nextBoolean() ? "en" : "fr"};
  }

  private String[] some(String[] values) {
    List<String> chosen = new ArrayList<>();
    for (String value : values) {
      if (random.nextBoolean()) {
        chosen.add(value);
      }
    }
    return chosen.isEmpty() ? new String[] {pick(values)} : chosen.toArray(String[]::new);
  }

  private String pick(String[] values) {
    return values[random.nextInt(values.length)];
  }
}
