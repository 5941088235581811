package org.plenary.contacts.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The aggregate of an exercise's results: the share of States that answered, overall and by regional group. */
public final class Aggregate {

  private Aggregate() {
  }

  public static GroupShare overall(List<StateResult> results) {
    return share(null, results);
  }

  /** By regional group, in the groups' order; a State with no group (none should) is counted overall only. */
  public static List<GroupShare> byGroup(List<StateResult> results) {
    Map<String, List<StateResult>> groups = new TreeMap<>();
    results.forEach(r -> r.regionalGroup().ifPresent(g -> groups.computeIfAbsent(g, k -> new ArrayList<>()).add(r)));
    return groups.entrySet().stream().map(e -> share(e.getKey(), e.getValue())).toList();
  }

  private static GroupShare share(String group, List<StateResult> results) {
    int acknowledged = (int) results.stream().filter(r -> r.status() == PingStatus.ACKNOWLEDGED).count();
    int late = (int) results.stream().filter(r -> r.status() == PingStatus.LATE).count();
    return new GroupShare(group, results.size(), acknowledged + late, acknowledged, late);
  }
}
