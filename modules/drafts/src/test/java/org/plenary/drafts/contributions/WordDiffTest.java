package org.plenary.drafts.contributions;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("An amendment's diff reads as whole deleted and inserted runs, not words interleaved")
class WordDiffTest {

  private static final String CURRENT =
      "States condemned the ransomware attacks attributed to State actors against hospitals.";
  private static final String PROPOSED =
      "States expressed concern at the increase in ransomware attacks against hospitals.";

  @Test
  @DisplayName("A rewritten clause is one deletion and one insertion between the unchanged ends")
  void rewrittenClause() {
    List<WordDiff.Run> runs = WordDiff.diff(CURRENT, PROPOSED);
    assertEquals(List.of("equal", "delete", "insert", "equal"), runs.stream().map(WordDiff.Run::op).toList(),
        runs.toString());
    assertEquals("States ", runs.get(0).text());
    assertEquals(" against hospitals.", runs.get(3).text());
  }

  @Test
  @DisplayName("The equal and deleted runs give the current text, the equal and inserted ones the proposed text")
  void bothTextsWhole() {
    List<WordDiff.Run> runs = WordDiff.diff(CURRENT, PROPOSED);
    assertEquals(CURRENT, join(runs, "insert"));
    assertEquals(PROPOSED, join(runs, "delete"));
  }

  @Test
  @DisplayName("A long unchanged stretch between two changes stays unchanged")
  void longStretchKept() {
    List<WordDiff.Run> runs = WordDiff.diff("Alpha said the framework remains valid for every State present.",
        "Beta said the framework remains valid for every State here.");
    assertEquals(List.of("delete", "insert", "equal", "delete", "insert"),
        runs.stream().map(WordDiff.Run::op).toList(), runs.toString());
  }

  private static String join(List<WordDiff.Run> runs, String leftOut) {
    return runs.stream().filter(run -> !run.op().equals(leftOut)).map(WordDiff.Run::text).collect(Collectors.joining());
  }
}
