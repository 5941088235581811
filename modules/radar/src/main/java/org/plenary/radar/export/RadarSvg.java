package org.plenary.radar.export;

import java.util.List;
import org.plenary.radar.domain.RadarPicture;
import org.plenary.radar.domain.SignalFigures;

/**
 * The radar as an SVG likelihood x impact chart: a 5 x 5 grid, each signal whose medians are shown a numbered dot,
 * its title in the legend and in the dot's {@code <title>}. Attributes only (no style), every text escaped.
 */
public final class RadarSvg {

  private static final int LEFT = 70;
  private static final int TOP = 60;
  private static final int CELL = 90;
  private static final int GRID = CELL * 4;
  static final int WIDTH = 960;

  private RadarSvg() {
  }

  public static String render(RadarPicture picture, RadarLabels labels) {
    List<SignalFigures> placed = picture.signals().stream().filter(f -> f.all().shown()).toList();
    int height = Math.max(TOP + GRID + 80, TOP + 30 * (placed.size() + 1));
    StringBuilder svg = new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + WIDTH
        + "\" height=\"" + height + "\" viewBox=\"0 0 " + WIDTH + " " + height + "\" role=\"img\""
        + (labels.rightToLeft() ? " direction=\"rtl\"" : "") + ">\n");
    String title = escape(labels.title(picture.round().title()));
    svg.append("<title>").append(title).append("</title>\n");
    svg.append("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n");
    svg.append(text(LEFT, 30, title, "18", "start"));
    for (int n = 1; n <= 5; n++) {
      int x = LEFT + (n - 1) * CELL;
      int y = TOP + GRID - (n - 1) * CELL;
      svg.append(line(x, TOP, x, TOP + GRID)).append(line(LEFT, y, LEFT + GRID, y));
      svg.append(text(x, TOP + GRID + 20, String.valueOf(n), "12", "middle"));
      svg.append(text(LEFT - 12, y + 4, String.valueOf(n), "12", "end"));
    }
    svg.append(text(LEFT + GRID / 2, TOP + GRID + 45, escape(labels.word("likelihood")), "14", "middle"));
    svg.append("<text x=\"20\" y=\"").append(TOP + GRID / 2).append("\" font-size=\"14\" text-anchor=\"middle\""
        + " transform=\"rotate(-90 20 ").append(TOP + GRID / 2).append(")\">")
        .append(escape(labels.word("impact"))).append("</text>\n");
    int legendX = LEFT + GRID + 50;
    for (int n = 0; n < placed.size(); n++) {
      SignalFigures f = placed.get(n);
      double cx = LEFT + (f.all().likelihood().get() - 1) * CELL;
      double cy = TOP + GRID - (f.all().impact().get() - 1) * CELL;
      String name = escape(f.signal().title());
      String label = String.valueOf(n + 1);
      svg.append("<g><title>").append(name).append(": ").append(escape(labels.word("likelihood"))).append(' ')
          .append(RadarLabels.number(f.all().likelihood().get())).append(", ").append(escape(labels.word("impact")))
          .append(' ').append(RadarLabels.number(f.all().impact().get())).append("</title>")
          .append("<circle cx=\"").append(cx).append("\" cy=\"").append(cy)
          .append("\" r=\"13\" fill=\"#1f5fa8\" stroke=\"#ffffff\" stroke-width=\"2\"/>")
          .append(text(cx, cy + 4, label, "12", "middle").replace("<text ", "<text fill=\"#ffffff\" "))
          .append("</g>\n");
      svg.append(text(legendX, TOP + 30 * n + 5, label + ". " + name, "13", "start"));
    }
    return svg.append("</svg>\n").toString();
  }

  private static String line(int x1, int y1, int x2, int y2) {
    return "<line x1=\"" + x1 + "\" y1=\"" + y1 + "\" x2=\"" + x2 + "\" y2=\"" + y2
        + "\" stroke=\"#b8c2cc\" stroke-width=\"1\"/>\n";
  }

  private static String text(double x, double y, String escaped, String size, String anchor) {
    return "<text x=\"" + x + "\" y=\"" + y + "\" font-size=\"" + size + "\" text-anchor=\"" + anchor + "\""
        + " font-family=\"sans-serif\">" + escaped + "</text>\n";
  }

  static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
        .replace("'", "&#39;");
  }
}
