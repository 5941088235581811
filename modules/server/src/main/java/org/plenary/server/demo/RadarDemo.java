package org.plenary.server.demo;

import io.vertx.core.Future;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.plenary.radar.Radar;
import org.plenary.radar.domain.Horizon;
import org.plenary.radar.domain.NewSignal;
import org.plenary.radar.domain.Signal;
import org.plenary.radar.domain.SignalCategory;
import org.plenary.summary.RadarCitations;
import org.plenary.summary.SummaryService;
import org.plenary.summary.domain.Summary;
import org.plenary.summary.domain.SummaryEdit;

/**
 * The horizon-scanning radar of the demo: six signals (one a duplicate a moderator merged), a round of the last
 * session, closed, and the current one, open, each rated by fourteen organizations of States, intergovernmental
 * organizations and the three accredited stakeholders, so that the radar shows medians, a regional group or two,
 * where States and stakeholders differ and how the signals moved.
 */
final class RadarDemo {

  private record Proposed(String persona, String title, String description, SignalCategory category,
                          List<String> norms, Horizon horizon, List<String> sources, String thread) {
  }

  private static final List<Proposed> SIGNALS = List.of(
      new Proposed("delegate-fra", "Ransomware against hospitals and water utilities",
          "Criminal groups encrypt the systems of hospitals and water utilities and threaten to publish patients' data.",
          SignalCategory.RANSOMWARE_CRITICAL_INFRASTRUCTURE, List.of("norm-f", "norm-h"), Horizon.NOW,
          List.of("A/78/265"), "ransomware"),
      new Proposed("ac-institute", "AI-assisted discovery of vulnerabilities at scale",
          "Language models help find and weaponise vulnerabilities faster than vendors patch them.",
          SignalCategory.AI_ENABLED_OPERATIONS, List.of("norm-i", "norm-j"), Horizon.ONE_TO_THREE_YEARS,
          List.of("https://example.org/ai-vulnerabilities"), null),
      new Proposed("delegate-est", "Harvest now, decrypt later",
          "Encrypted diplomatic and health data collected today may be read once quantum computers break RSA.",
          SignalCategory.QUANTUM, List.of("norm-e"), Horizon.THREE_TO_TEN_YEARS, List.of(), null),
      new Proposed("ps-contoso", "Compromised updates of widely used software",
          "Attackers insert malicious code into the updates of software that thousands of organizations install.",
          SignalCategory.SUPPLY_CHAIN, List.of("norm-i"), Horizon.NOW, List.of("https://example.com/supply-chain"),
          null),
      new Proposed("cs-opennet", "Logiciels espions commerciaux contre la société civile",
          "Des outils d'intrusion vendus à des gouvernements visent des journalistes et des défenseurs des droits.",
          SignalCategory.COMMERCIAL_INTRUSION_TOOLS, List.of("norm-e", "norm-i"), Horizon.NOW, List.of(), null),
      new Proposed("delegate-bra", "Ransomware contra servicios de salud",
          "Ataques de ransomware contra hospitales de la región.", SignalCategory.RANSOMWARE_CRITICAL_INFRASTRUCTURE,
          List.of("norm-f"), Horizon.NOW, List.of(), null));

  /** The raters, and per signal (in the order above) their likelihood and impact in round 1 and round 2. */
  private static final List<String> RATERS = List.of("delegate-fra", "delegate-deu", "delegate-pol", "delegate-est",
      "delegate-ken", "delegate-mwi", "delegate-egy", "delegate-jpn", "delegate-idn", "delegate-bra", "delegate-mex",
      "delegate-eu", "ps-contoso", "ac-institute", "cs-opennet");

  private final Radar radar;
  private final SummaryService summaries;
  private final DemoCast cast;
  private final Map<String, UUID> threads;

  RadarDemo(Radar radar, SummaryService summaries, DemoCast cast, Map<String, UUID> threads) {
    this.radar = radar;
    this.summaries = summaries;
    this.cast = cast;
    this.threads = threads;
  }

  Future<Void> play() {
    Instant start = Instant.now().minus(Duration.ofDays(60));
    List<UUID> ids = new ArrayList<>();
    Future<Void> done = Future.succeededFuture();
    for (int i = 0; i < SIGNALS.size(); i++) {
      Proposed p = SIGNALS.get(i);
      Instant at = start.plus(Duration.ofDays(i));
      NewSignal signal = new NewSignal(p.title(), p.description(), p.category(), p.norms(), p.horizon(), p.sources(),
          Optional.ofNullable(p.thread()).map(threads::get));
      done = done.compose(v -> cast.participant(p.persona()).compose(by -> radar.signals().propose(by, signal, at)))
          .map(Signal::id).map(id -> {
            ids.add(id);
            return null;
          });
    }
    return done
        .compose(v -> round("Horizon scanning, eighth session", start.plus(Duration.ofDays(10)), ids, 0, true))
        .compose(closed -> cast.participant("moderator").compose(m -> radar.signals().merge(m, ids.get(5),
                ids.get(0), start.plus(Duration.ofDays(40))))
            .compose(v -> round("Horizon scanning, ninth session", start.plus(Duration.ofDays(45)), ids, 1, false))
            .compose(v -> citeInSummary(closed, ids.subList(0, 4))));
  }

  /**
   * The Chair adds the closed round's figures to the submitted summary of the ransomware thread, the thread of the
   * horizon-scanning topic the first signal links to; the citations are written out with the medians.
   */
  private Future<Void> citeInSummary(UUID round, List<UUID> signals) {
    StringBuilder section = new StringBuilder("\n\n## The radar of the eighth session\n\n"
        + "The Chair notes how the participants judged the signals discussed in this thread:\n\n");
    signals.forEach(signal -> section.append("- [figures](").append(RadarCitations.page(round, signal))
        .append(")\n"));
    return cast.participant("chair").compose(chair -> summaries.ofThread(threads.get("ransomware"),
        Optional.of(chair)).compose(found -> {
          Summary summary = found.stream().findFirst().orElseThrow();
          return summaries.edit(chair, summary.id(), new SummaryEdit(summary.markdown() + section,
              summary.version(), Optional.of("The radar's figures of the eighth session")));
        }));
  }

  /** Opens a round, has every rater rate every signal not merged, and closes it if {@code close}; its id. */
  private Future<UUID> round(String title, Instant at, List<UUID> ids, int roundIndex, boolean close) {
    return cast.participant("secretariat").compose(secretariat -> radar.rounds().open(secretariat, title, at)
        .compose(round -> {
          Future<Void> done = Future.succeededFuture();
          for (int r = 0; r < RATERS.size(); r++) {
            int rater = r;
            for (int s = 0; s < ids.size() - roundIndex; s++) {
              int signal = s;
              done = done.compose(v -> cast.participant(RATERS.get(rater)).compose(by -> radar.rounds()
                  .assess(by, round.id(), ids.get(signal), likelihood(signal, rater, roundIndex),
                      impact(signal, rater, roundIndex), at.plus(Duration.ofHours(1 + rater)))).mapEmpty());
            }
          }
          return (close ? done.compose(v -> radar.rounds().close(secretariat, round.id(),
              at.plus(Duration.ofDays(3)))).<Void>mapEmpty() : done).map(round.id());
        }));
  }

  /** States (the first eleven raters) judge ransomware more likely than stakeholders do; AI climbs in round 2. */
  private static int likelihood(int signal, int rater, int round) {
    boolean state = rater < 11;
    int base = switch (signal) {
      case 0 -> state ? 5 : 4;
      case 1 -> 3 + round + (rater % 2);
      case 2 -> 2 + (rater % 2);
      case 3 -> state ? 3 : 5;
      case 4 -> state ? 2 + (rater % 3) : 5;
      default -> 4;
    };
    return Math.min(5, base);
  }

  private static int impact(int signal, int rater, int round) {
    int base = switch (signal) {
      case 0 -> 5;
      case 1 -> 3 + round;
      case 2 -> 4 + (rater % 2);
      case 3 -> 4;
      case 4 -> rater < 11 ? 3 : 4 + round;
      default -> 4;
    };
    return Math.min(5, base);
  }
}
