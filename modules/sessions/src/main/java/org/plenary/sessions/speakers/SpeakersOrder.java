package org.plenary.sessions.speakers;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The order of a speakers list: the rules place each statement (groups, States in order of inscription, observers,
 * stakeholders), then the Secretariat's moves are replayed in the order they were made, so that a later inscription
 * still finds its place by the rules and a moved speaker keeps the place it was given. Rights of reply come at the
 * end of the day: every first reply in order of inscription, then every second.
 */
public final class SpeakersOrder {

  private static final Comparator<SpeakerEntry> BY_RULES = Comparator
      .comparing(SpeakerEntry::category).thenComparingLong(SpeakerEntry::sequence);
  private static final Comparator<SpeakerEntry> REPLIES = Comparator
      .comparingInt(SpeakerEntry::replyNumber).thenComparingLong(SpeakerEntry::sequence);

  private SpeakersOrder() {
  }

  /** The statements of {@code entries} that still count, in speaking order. */
  public static List<SpeakerEntry> statements(List<SpeakerEntry> entries) {
    List<SpeakerEntry> ordered = new ArrayList<>(entries.stream()
        .filter(e -> e.isStatement() && e.status().counts()).sorted(BY_RULES).toList());
    List<SpeakerEntry> moved = ordered.stream().filter(e -> e.move().isPresent())
        .sorted(Comparator.comparing((SpeakerEntry e) -> e.move().orElseThrow().at())
            .thenComparingLong(SpeakerEntry::sequence))
        .toList();
    for (SpeakerEntry entry : moved) {
      ordered.remove(entry);
      int place = Math.max(0, Math.min(entry.move().orElseThrow().position() - 1, ordered.size()));
      ordered.add(place, entry);
    }
    return List.copyOf(ordered);
  }

  /** The rights of reply of {@code entries} that still count, in the order they are taken. */
  public static List<SpeakerEntry> replies(List<SpeakerEntry> entries) {
    return entries.stream().filter(e -> !e.isStatement() && e.status().counts()).sorted(REPLIES).toList();
  }
}
