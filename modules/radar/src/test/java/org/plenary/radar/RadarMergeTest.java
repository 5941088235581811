package org.plenary.radar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.plenary.testing.Api;
import org.plenary.testing.PlenaryTest;
import org.plenary.testing.TestServer;

@PlenaryTest
@DisplayName("Moderators merge duplicate signals, keeping both histories; the survivor counts the duplicate's ratings")
class RadarMergeTest {

  private final Api api = TestServer.api();

  @Test
  @DisplayName("The duplicate points to the survivor and leaves the list; its ratings count with the survivor, the"
      + " survivor's own first; it takes no new rating")
  void merge() {
    String survivor = RadarFixtures.propose(api.as("delegate-fra"), "Quantum " + UUID.randomUUID());
    String duplicate = RadarFixtures.propose(api.as("delegate-bra"), "Quantum again " + UUID.randomUUID());
    String round = RadarFixtures.openRound(api, "Merging");
    RadarFixtures.rate(api.as("delegate-fra"), round, survivor, 5, 5);
    RadarFixtures.rate(api.as("delegate-fra"), round, duplicate, 1, 1);
    RadarFixtures.rate(api.as("delegate-bra"), round, duplicate, 4, 4);
    RadarFixtures.rate(api.as("delegate-idn"), round, duplicate, 3, 3);

    api.as("delegate-fra").post("/radar/signals/" + duplicate + "/merge", new JsonObject().put("into", survivor))
        .expectProblem(403);
    api.as("moderator").post("/radar/signals/" + duplicate + "/merge", new JsonObject().put("into", duplicate))
        .expectProblem(400);
    JsonObject merged = api.as("moderator").post("/radar/signals/" + duplicate + "/merge",
        new JsonObject().put("into", survivor)).expect(200).json();
    assertEquals(survivor, merged.getString("mergedInto"));
    api.as("moderator").post("/radar/signals/" + duplicate + "/merge", new JsonObject().put("into", survivor))
        .expectProblem(409);
    api.as("moderator").post("/radar/signals/" + survivor + "/merge", new JsonObject().put("into", duplicate))
        .expectProblem(409);
    assertEquals(List.of(duplicate), api.as("delegate-fra").get("/radar/signals/" + survivor).expect(200).json()
        .getJsonArray("mergedFrom").getList());
    assertFalse(api.as("delegate-fra").get("/radar/signals?limit=100").expect(200).items().stream()
        .anyMatch(s -> ((JsonObject) s).getString("id").equals(duplicate)), "a merged signal leaves the list");

    JsonObject figures = RadarFixtures.figures(api.as("delegate-fra").get("/radar/rounds/" + round).expect(200)
        .json(), survivor);
    JsonObject all = figures.getJsonObject("all");
    assertEquals(3, all.getInteger("raters"), "France once, with its rating of the survivor; Brazil; Indonesia");
    assertEquals(4.0, all.getDouble("likelihood"), "median of 3, 4, 5");
    String refused = api.as("delegate-idn").put("/radar/rounds/" + round + "/signals/" + duplicate + "/assessment",
        new JsonObject().put("likelihood", 2).put("impact", 2)).expectProblem(409);
    assertTrue(refused.contains("merged"), refused);
    assertEquals(1, api.as("delegate-fra").get("/radar/rounds/" + round + "/signals/" + duplicate + "/assessment")
        .expect(200).json().getInteger("likelihood"), "the duplicate's history stays as it was");
    api.as("secretariat").post("/radar/rounds/" + round + "/close").expect(200);
  }

  @Test
  @DisplayName("The SVG chart places the signals by attributes (no style) and the CSV holds the table")
  void exports() {
    String signal = RadarFixtures.propose(api.as("delegate-fra"), "=Supply <chain> " + UUID.randomUUID());
    String round = RadarFixtures.openRound(api, "Exports");
    for (String rater : List.of("delegate-fra", "delegate-bra", "delegate-idn")) {
      RadarFixtures.rate(api.as(rater), round, signal, 2, 4);
    }
    Api.Downloaded svg = api.as("delegate-est").download("/radar/rounds/" + round + "/radar.svg?lang=ar");
    assertEquals(200, svg.status());
    String chart = new String(svg.body(), java.nio.charset.StandardCharsets.UTF_8);
    assertTrue(svg.header("Content-Type").startsWith("image/svg+xml"), svg.header("Content-Type"));
    assertTrue(chart.contains("&lt;chain&gt;"), "titles are escaped");
    assertFalse(chart.contains("style="), "the CSP forbids inline styles");
    assertTrue(chart.contains("الاحتمال") && chart.contains("direction=\"rtl\""), "Arabic words, right to left");
    Api.Downloaded png = api.as("delegate-est").download("/radar/rounds/" + round + "/radar.png?lang=ar");
    assertEquals("image/png", png.header("Content-Type"));
    assertTrue(png.header("Content-Disposition").endsWith(".png\""), png.header("Content-Disposition"));
    java.awt.image.BufferedImage image = readPng(png.body());
    assertEquals(1920, image.getWidth(), "twice the SVG's width, to print sharp");
    assertTrue(distinctColours(image) > 2, "the chart is drawn, not a blank page");
    Api.Downloaded csv = api.as("delegate-est").download("/radar/rounds/" + round + "/radar.csv");
    String table = new String(csv.body(), java.nio.charset.StandardCharsets.UTF_8);
    assertTrue(table.startsWith("\"Signal\",\"Category\""), table);
    assertTrue(table.contains("\"'=Supply <chain>"), "a title is never a formula: " + table);
    assertTrue(table.contains("\"3\",\"2\",\"4\""), "three raters, medians 2 and 4: " + table);
    api.as("secretariat").post("/radar/rounds/" + round + "/close").expect(200);
  }

  private static java.awt.image.BufferedImage readPng(byte[] bytes) {
    try {
      return javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(bytes));
    } catch (java.io.IOException e) {
      throw new AssertionError("not a PNG", e);
    }
  }

  private static long distinctColours(java.awt.image.BufferedImage image) {
    java.util.Set<Integer> colours = new java.util.HashSet<>();
    for (int y = 0; y < image.getHeight(); y += 7) {
      for (int x = 0; x < image.getWidth(); x += 7) {
        colours.add(image.getRGB(x, y));
      }
    }
    return colours.size();
  }
}
