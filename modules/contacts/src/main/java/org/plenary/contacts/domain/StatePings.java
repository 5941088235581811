package org.plenary.contacts.domain;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A State pinged in an exercise, with its pings (none when it had no point of contact to ping: it is pending until
 * the window closes, then did not answer).
 */
public record StatePings(UUID exerciseId, String stateId, String stateName, Optional<String> regionalGroup,
                         Instant deadline, List<Ping> pings) {

  public StatePings {
    pings = List.copyOf(pings);
  }

  /**
   * The State's result at {@code now}: its best ping (acknowledged in time before late, late before pending,
   * pending before no answer, no answer before bounced: a State one of whose contacts answered has answered).
   */
  public StateResult result(Instant now) {
    List<PingStatus> statuses = pings.stream().map(p -> p.status(now)).toList();
    PingStatus best = statuses.stream().min(Comparator.comparingInt(StatePings::rank))
        .orElse(now.isBefore(deadline) ? PingStatus.PENDING : PingStatus.NO_ANSWER);
    if (best == PingStatus.BOUNCED && statuses.stream().anyMatch(s -> s != PingStatus.BOUNCED)) {
      best = PingStatus.NO_ANSWER;
    }
    return new StateResult(stateId, stateName, regionalGroup, best, pings.size(), count(statuses,
        PingStatus.ACKNOWLEDGED), count(statuses, PingStatus.LATE), count(statuses, PingStatus.BOUNCED));
  }

  private static int rank(PingStatus status) {
    return switch (status) {
      case ACKNOWLEDGED -> 0;
      case LATE -> 1;
      case PENDING -> 2;
      case NO_ANSWER -> 3;
      case BOUNCED -> 4;
    };
  }

  private static int count(List<PingStatus> statuses, PingStatus status) {
    return (int) statuses.stream().filter(s -> s == status).count();
  }
}
