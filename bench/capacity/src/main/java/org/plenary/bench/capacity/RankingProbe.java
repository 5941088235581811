package org.plenary.bench.capacity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.plenary.capacity.domain.Modality;
import org.plenary.capacity.domain.NeedContent;
import org.plenary.capacity.domain.OfferContent;
import org.plenary.capacity.matching.NeedProfile;
import org.plenary.capacity.matching.OfferProfile;
import org.plenary.capacity.matching.Profiles;
import org.plenary.capacity.matching.Ranking;

/**
 * The full recompute without a database: the same generated needs and offers, ranked in memory, to see
 * the scoring alone. Run: {@code java -cp bench/capacity/target/capacity-bench.jar
 * org.plenary.bench.capacity.RankingProbe [needs offers]}.
 */
public final class RankingProbe {

  private RankingProbe() {
  }

  public static void main(String[] args) {
    int needCount = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
    int offerCount = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
    LocalDate today = LocalDate.now();
    List<Dataset.State> states = new ArrayList<>();
    String[] groups = {"african", "asia-pacific", "eastern-european", "latin-american-caribbean", "western-european-others"};
    for (int i = 0; i < 195; i++) {
      states.add(new Dataset.State(String.format("S%02d", i), groups[i % groups.length]));
    }
    Dataset dataset = new Dataset(20270101L, states, today);
    Profiles profiles = new Profiles();
    List<OfferProfile> offers = new ArrayList<>();
    for (int i = 0; i < offerCount; i++) {
      OfferContent c = dataset.offer();
      offers.add(profiles.offer(UUID.randomUUID(), "P" + (i % 300), c.areas().toArray(String[]::new),
          c.languages().toArray(String[]::new), c.regions().toArray(String[]::new), wires(c.modalities()),
          c.timeframe().startsOn(), c.timeframe().endsOn(), c.capacity(), 0));
    }
    List<NeedProfile> needs = new ArrayList<>();
    for (int i = 0; i < needCount; i++) {
      Dataset.State state = dataset.anyState();
      NeedContent c = dataset.need(state);
      needs.add(profiles.need(UUID.randomUUID(), state.id(), c.areas().toArray(String[]::new),
          c.languages().toArray(String[]::new), c.matchStates().toArray(String[]::new),
          c.matchGroups().toArray(String[]::new), wires(c.modalities()), c.timeframe().startsOn(),
          c.timeframe().endsOn()));
    }
    var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
    long eligible = needs.stream().mapToLong(need -> Ranking.offersFor(need, offers).size()).sum();
    System.out.printf("%d eligible pairs of %d%n", eligible, (long) needCount * offerCount);
    for (int run = 0; run < 6; run++) {
      long cpu = os.getProcessCpuTime();
      long t0 = System.nanoTime();
      Ranking.bestOffersForAll(needs, offers, 20);
      System.out.printf("rank %d needs x %d offers: %.0f ms wall, %.0f ms CPU%n", needCount, offerCount,
          (System.nanoTime() - t0) / 1e6, (os.getProcessCpuTime() - cpu) / 1e6);
    }
  }

  private static String[] wires(List<Modality> modalities) {
    return modalities.stream().map(Modality::wire).toArray(String[]::new);
  }
}
