package org.plenary.capacity.matching;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.plenary.capacity.domain.Modality;
import org.plenary.capacity.domain.Need;
import org.plenary.capacity.domain.NeedContent;
import org.plenary.capacity.domain.Offer;
import org.plenary.capacity.domain.OfferContent;
import org.plenary.platform.organizations.RegionalGroup;

/** Builds matching profiles from needs, offers, or the bare columns matching reads, with one set of terms. */
public final class Profiles {

  private static final RegionalGroup[] GROUPS = RegionalGroup.values();
  private static final Modality[] MODALITIES = Modality.values();

  private final Terms areas = new Terms();
  private final Terms languages = new Terms();
  private final Terms states = new Terms();
  private final Terms organizations = new Terms();

  public Terms areas() {
    return areas;
  }

  public Terms languages() {
    return languages;
  }

  public Terms states() {
    return states;
  }

  public NeedProfile need(Need need) {
    NeedContent c = need.content();
    return need(need.id(), need.state().id(), array(c.areas()), array(c.languages()), array(c.matchStates()),
        array(c.matchGroups()), wires(c.modalities()), c.timeframe().startsOn(), c.timeframe().endsOn());
  }

  public NeedProfile need(UUID id, String stateId, String[] areas, String[] languages, String[] states,
                          String[] groups, String[] modalities, LocalDate startsOn, LocalDate endsOn) {
    return new NeedProfile(id, stateId, organizations.id(stateId), this.areas.of(areas), this.languages.of(languages), this.states.of(states),
        groupBits(groups), modalityBits(modalities), (int) startsOn.toEpochDay(), (int) endsOn.toEpochDay());
  }

  public OfferProfile offer(Offer offer) {
    OfferContent c = offer.content();
    return offer(offer.id(), offer.provider().id(), array(c.areas()), array(c.languages()), array(c.regions()),
        wires(c.modalities()), c.timeframe().startsOn(), c.timeframe().endsOn(), c.capacity(), offer.committed());
  }

  /** {@code regions} mixes States and regional groups, as offers list them. */
  public OfferProfile offer(UUID id, String organizationId, String[] areas, String[] languages, String[] regions,
                            String[] modalities, LocalDate startsOn, LocalDate endsOn, int capacity, int committed) {
    List<String> named = new ArrayList<>(regions.length);
    for (String region : regions) {
      if (!isGroup(region)) {
        named.add(region);
      }
    }
    return new OfferProfile(id, organizationId, organizations.id(organizationId), this.areas.of(areas), this.languages.of(languages),
        states.of(named), groupBits(regions), modalityBits(modalities), (int) startsOn.toEpochDay(),
        (int) endsOn.toEpochDay(), capacity, committed);
  }

  public static boolean isGroup(String region) {
    return groupOf(region) >= 0;
  }

  private static int groupOf(String region) {
    for (RegionalGroup group : GROUPS) {
      if (group.wire().equals(region)) {
        return group.ordinal();
      }
    }
    return -1;
  }

  static int groupBits(String[] regions) {
    int bits = 0;
    for (String region : regions) {
      int group = groupOf(region);
      bits |= group >= 0 ? 1 << group : 0;
    }
    return bits;
  }

  static List<String> groups(int bits) {
    return Arrays.stream(GROUPS).filter(g -> (bits & (1 << g.ordinal())) != 0).map(RegionalGroup::wire).toList();
  }

  static int modalityBits(String[] wires) {
    int bits = 0;
    for (String wire : wires) {
      for (Modality modality : MODALITIES) {
        bits |= modality.wire().equals(wire) ? modality.bit() : 0;
      }
    }
    return bits;
  }

  static List<String> modalities(int bits) {
    return Arrays.stream(MODALITIES).filter(m -> (bits & m.bit()) != 0).map(Modality::wire).toList();
  }

  private static String[] array(List<String> values) {
    return values.toArray(String[]::new);
  }

  private static String[] wires(List<Modality> modalities) {
    return modalities.stream().map(Modality::wire).toArray(String[]::new);
  }
}
