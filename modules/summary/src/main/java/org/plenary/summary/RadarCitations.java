package org.plenary.summary;

import io.vertx.core.Future;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.plenary.forum.api.PracticeCitations;
import org.plenary.platform.failure.Failure;
import org.plenary.summary.api.CitedRadar;

/**
 * Citations of the radar's figures in a summary's Markdown: a link to the signal on the radar page,
 * {@code [text](/radar?round=<id>&signal=<id>)}. On write the round must be closed (its figures no longer move) and
 * the signal shown on it (three raters or more); the link text becomes the figures themselves ("Ransomware against
 * hospitals: likelihood 4, impact 4.5, median of 12 organizations, round 'Second substantive session'"), whatever
 * the writer typed, so the summary keeps the figures as they stood and every reader and export reads the same.
 */
public final class RadarCitations {

  /** As many as good practices: a summary that cites more is a copy of the radar's table. */
  public static final int MAX = 20;
  /** The rounds one summary may cite: this round and the ones before it are what a Chair compares. */
  public static final int MAX_ROUNDS = 3;

  private static final String UUID_TEXT =
      "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}";
  private static final Pattern LINK = Pattern.compile(
      "\\[((?:[^\\[\\]\\\\]|\\\\.)*)\\]\\(\\s*/radar\\?([^\\s)]*)\\s*\\)");
  private static final Pattern QUERY = Pattern.compile("round=(" + UUID_TEXT + ")&signal=(" + UUID_TEXT + ")");

  private RadarCitations() {
  }

  /** One cited signal of one round. */
  record Cited(UUID round, UUID signal) {
  }

  /** The radar page showing the signal of the round, as citations link to it. */
  public static String page(UUID round, UUID signal) {
    return "/radar?round=" + round + "&signal=" + signal;
  }

  static List<Cited> cited(String markdown) {
    Set<Cited> cited = new LinkedHashSet<>();
    Matcher link = LINK.matcher(markdown);
    while (link.find()) {
      Matcher query = QUERY.matcher(link.group(2));
      if (!query.matches()) {
        throw Failure.invalid("radar-citation-address", "Not a citation of the radar",
            "A citation of the radar links to /radar?round=<round's id>&signal=<signal's id>, as the radar's table"
                + " copies it; '" + shortened(link.group(2)) + "' is not one.");
      }
      cited.add(new Cited(UUID.fromString(query.group(1)), UUID.fromString(query.group(2))));
    }
    if (cited.size() > MAX) {
      throw Failure.invalid("radar-citations-too-many", "Too many radar citations",
          "A summary cites at most " + MAX + " of the radar's figures; this one cites " + cited.size() + ".");
    }
    if (cited.stream().map(Cited::round).distinct().count() > MAX_ROUNDS) {
      throw Failure.invalid("radar-citations-rounds", "Too many rounds cited",
          "A summary cites the figures of at most " + MAX_ROUNDS + " rounds of the radar.");
    }
    return List.copyOf(cited);
  }

  /** {@code markdown} with its citations of the radar checked against {@code radar} and written out. */
  public static Future<String> check(String markdown, CitedRadar radar) {
    List<Cited> cited;
    try {
      cited = cited(markdown);
    } catch (Failure refused) {
      return Future.failedFuture(refused);
    }
    if (cited.isEmpty()) {
      return Future.succeededFuture(markdown);
    }
    List<UUID> rounds = cited.stream().map(Cited::round).distinct().toList();
    Map<UUID, CitedRadar.CitedRound> found = new HashMap<>();
    Future<Void> all = Future.succeededFuture();
    for (UUID round : rounds) {
      all = all.compose(v -> radar.round(round).map(r -> {
        r.ifPresent(it -> found.put(round, it));
        return null;
      }));
    }
    return all.map(v -> written(markdown, found));
  }

  static String written(String markdown, Map<UUID, CitedRadar.CitedRound> rounds) {
    Matcher link = LINK.matcher(markdown);
    StringBuilder out = new StringBuilder();
    while (link.find()) {
      Matcher query = QUERY.matcher(link.group(2));
      if (!query.matches()) {
        throw new IllegalStateException("cited() checked every address");
      }
      UUID roundId = UUID.fromString(query.group(1));
      UUID signalId = UUID.fromString(query.group(2));
      CitedRadar.CitedRound round = rounds.get(roundId);
      if (round == null) {
        throw Failure.unprocessable("unknown-radar-round", "No such round of the radar",
            "The summary cites the radar's round " + roundId + ", which does not exist: copy the citation from the"
                + " radar's table.");
      }
      if (!round.closed()) {
        throw Failure.conflict("radar-round-open", "The round is still open",
            "The summary cites the round '" + round.title() + "' while it is open and its figures may still move:"
                + " cite them once the Secretariat has closed the round.");
      }
      CitedRadar.CitedSignal signal = round.signals().get(signalId);
      if (signal == null) {
        throw Failure.unprocessable("radar-figures-not-shown", "The radar shows no figures for this signal",
            "The round '" + round.title() + "' shows no figures for the signal " + signalId + ": it was not"
                + " rated there by three organizations or more, and fewer are never shown.");
      }
      link.appendReplacement(out, Matcher.quoteReplacement(
          "[" + PracticeCitations.escaped(figures(round, signal)) + "](" + page(roundId, signalId) + ")"));
    }
    link.appendTail(out);
    return out.toString();
  }

  /** The figures as the summary states them; English, as the summary's generated sentences are. */
  static String figures(CitedRadar.CitedRound round, CitedRadar.CitedSignal signal) {
    List<String> parts = new ArrayList<>();
    parts.add("likelihood " + number(signal.likelihood()));
    parts.add("impact " + number(signal.impact()));
    parts.add("median of " + signal.raters() + " organizations");
    Optional<Double> gap = signal.statesVsStakeholders();
    gap.filter(g -> g > 0).ifPresent(g -> parts.add("States and stakeholders " + number(g) + " apart"));
    return signal.title() + ": " + String.join(", ", parts) + ", round '" + round.title() + "'";
  }

  private static String number(double value) {
    return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
  }

  private static String shortened(String text) {
    return text.length() > 40 ? text.substring(0, 40) + "…" : text;
  }
}
