package org.plenary.radar.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.plenary.radar.domain.Figure;
import org.plenary.radar.domain.RadarPicture;
import org.plenary.radar.domain.SignalFigures;

/** The radar's table as CSV (RFC 4180), one signal a line, for the Chair's summary. */
public final class RadarCsv {

  private RadarCsv() {
  }

  public static String render(RadarPicture picture, RadarLabels labels) {
    StringBuilder out = new StringBuilder();
    String l = labels.word("likelihood");
    String i = labels.word("impact");
    String median = " (" + labels.word("median") + ")";
    String states = labels.word("states") + ": ";
    String stakeholders = labels.word("stakeholders") + ": ";
    String movement = labels.word("movement") + ": ";
    line(out, List.of(labels.word("signal"), labels.word("category"), labels.word("horizon"), labels.word("raters"),
        l + median, i + median, l + " (" + labels.word("iqr") + ")", i + " (" + labels.word("iqr") + ")",
        states + l, states + i, stakeholders + l, stakeholders + i, labels.word("gap"), movement + l,
        movement + i));
    for (SignalFigures f : picture.signals()) {
      Figure all = f.all();
      List<String> cells = new ArrayList<>(List.of(f.signal().title(), f.signal().category().wire(),
          f.signal().horizon().wire(), all.raters().map(String::valueOf).orElse(labels.word("fewerThanThree")),
          labels.value(all.likelihood()), labels.value(all.impact()), labels.value(all.likelihoodIqr()),
          labels.value(all.impactIqr()), labels.value(f.constituencies().get(0).likelihood()),
          labels.value(f.constituencies().get(0).impact()), labels.value(f.constituencies().get(1).likelihood()),
          labels.value(f.constituencies().get(1).impact())));
      cells.add(f.statesVsStakeholders().map(g -> labels.word(g.widest()) + " ("
          + RadarLabels.number(g.largest()) + ")").orElse(""));
      cells.add(delta(f.movement().map(SignalFigures.Movement::likelihood)));
      cells.add(delta(f.movement().map(SignalFigures.Movement::impact)));
      line(out, cells);
    }
    return out.toString();
  }

  private static String delta(Optional<Double> value) {
    return value.map(v -> (v > 0 ? "+" : "") + RadarLabels.number(v)).orElse("");
  }

  private static void line(StringBuilder out, List<String> cells) {
    for (int n = 0; n < cells.size(); n++) {
      out.append(n == 0 ? "" : ",").append(cell(cells.get(n)));
    }
    out.append("\r\n");
  }

  /** Quoted; a text a spreadsheet would run as a formula (=, +, -, @ first) is kept as text. */
  static String cell(String text) {
    String safe = !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0
        && !text.matches("[+-]\\d+(\\.\\d+)?") ? "'" + text : text;
    return "\"" + safe.replace("\"", "\"\"") + "\"";
  }
}
