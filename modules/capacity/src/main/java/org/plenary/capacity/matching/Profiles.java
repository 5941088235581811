package org.plenary.capacity.matching;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.plenary.capacity.domain.Modality;
import org.plenary.capacity.domain.Need;
import org.plenary.capacity.domain.NeedContent;
import org.plenary.capacity.domain.Offer;
import org.plenary.capacity.domain.OfferContent;
import org.plenary.capacity.domain.Timeframe;
import org.plenary.platform.organizations.RegionalGroup;

/** Builds matching profiles from needs, offers, or the bare columns matching reads. */
public final class Profiles {

  private final Vocabulary vocabulary;

  public Profiles(Vocabulary vocabulary) {
    this.vocabulary = vocabulary;
  }

  public Vocabulary vocabulary() {
    return vocabulary;
  }

  public NeedProfile need(Need need) {
    NeedContent c = need.content();
    return need(need.id(), need.state().id(), c.areas(), c.languages(), c.matchStates(), c.matchGroups(),
        c.modalities(), c.timeframe());
  }

  public NeedProfile need(UUID id, String stateId, List<String> areas, List<String> languages, List<String> states,
                          List<String> groups, List<Modality> modalities, Timeframe timeframe) {
    return new NeedProfile(id, stateId, vocabulary.ids(areas), vocabulary.ids(languages), vocabulary.ids(states),
        groupBits(groups), modalityBits(modalities), (int) timeframe.startsOn().toEpochDay(),
        (int) timeframe.endsOn().toEpochDay());
  }

  public OfferProfile offer(Offer offer) {
    OfferContent c = offer.content();
    return offer(offer.id(), offer.provider().id(), c.areas(), c.languages(), c.regions(), c.modalities(),
        c.timeframe(), c.capacity(), offer.committed());
  }

  public OfferProfile offer(UUID id, String organizationId, List<String> areas, List<String> languages,
                            List<String> regions, List<Modality> modalities, Timeframe timeframe, int capacity,
                            int committed) {
    List<String> states = regions.stream().filter(region -> !isGroup(region)).toList();
    return new OfferProfile(id, organizationId, vocabulary.ids(areas), vocabulary.ids(languages),
        vocabulary.ids(states), groupBits(regions), modalityBits(modalities),
        (int) timeframe.startsOn().toEpochDay(), (int) timeframe.endsOn().toEpochDay(), capacity, committed);
  }

  public static boolean isGroup(String region) {
    return Arrays.stream(RegionalGroup.values()).anyMatch(group -> group.wire().equals(region));
  }

  static int groupBits(List<String> regions) {
    int bits = 0;
    for (String region : regions) {
      if (isGroup(region)) {
        bits |= 1 << RegionalGroup.fromWire(region).ordinal();
      }
    }
    return bits;
  }

  static List<String> groups(int bits) {
    return Arrays.stream(RegionalGroup.values()).filter(g -> (bits & (1 << g.ordinal())) != 0)
        .map(RegionalGroup::wire).toList();
  }

  static int modalityBits(List<Modality> modalities) {
    return modalities.stream().mapToInt(Modality::bit).reduce(0, (a, b) -> a | b);
  }

  static List<String> modalities(int bits) {
    return Arrays.stream(Modality.values()).filter(m -> (bits & m.bit()) != 0).map(Modality::wire).toList();
  }
}
