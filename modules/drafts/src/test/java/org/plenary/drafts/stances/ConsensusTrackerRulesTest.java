package org.plenary.drafts.stances;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.plenary.drafts.Attribution;
import org.plenary.forum.api.ThreadInfo;

@DisplayName("The tracker's rule: contested on any objection, agreed with support from N regional groups")
class ConsensusTrackerRulesTest {

  private static final UUID PARAGRAPH = UUID.randomUUID();

  private static ConsensusTracker.Stance stance(String state, String group, String stance) {
    return new ConsensusTracker.Stance(PARAGRAPH, state, state, group, stance, null, null, Instant.now());
  }

  /** The tracker as readers receive it. */
  private static JsonObject tracked(ParagraphConsensus consensus) {
    return ConsensusJson.paragraph(consensus);
  }

  private static String status(int required, ConsensusTracker.Stance... stances) {
    return tracked(new ConsensusTracker(required).consensus(PARAGRAPH, 1, List.of(stances), List.of(),
        Attribution.unrestricted())).getString("status");
  }

  @Test
  @DisplayName("Many States of one group are one group")
  void groupsNotStates() {
    ConsensusTracker.Stance fra = stance("FRA", "western-european-others", "support");
    ConsensusTracker.Stance deu = stance("DEU", "western-european-others", "support");
    ConsensusTracker.Stance bra = stance("BRA", "latin-american-caribbean", "support");
    assertEquals("open", status(3, fra, deu, bra));
    assertEquals("agreed", status(2, fra, deu, bra));
  }

  @Test
  @DisplayName("With N = 5 every group must support; one objection contests whatever the support")
  void everyGroupAndObjections() {
    ConsensusTracker.Stance[] all = {
        stance("FRA", "western-european-others", "support"), stance("EST", "eastern-european", "support"),
        stance("MWI", "african", "support"), stance("IDN", "asia-pacific", "support"),
        stance("BRA", "latin-american-caribbean", "support")};
    assertEquals("agreed", status(5, all));
    assertEquals("open", status(5, all[0], all[1], all[2], all[3]));
    assertEquals("contested", status(1, all[0], stance("RUS", "eastern-european", "object")));
    assertEquals("open", status(1, stance("RUS", "eastern-european", "reserve")));
  }

  @Test
  @DisplayName("Under the Chatham House Rule the public gets the same status and counts, and no State or group")
  void chathamHouseCounts() {
    ThreadInfo thread = new ThreadInfo(UUID.randomUUID(), "norms", "draft", "public", "open", "Draft", "en", true,
        List.of(), UUID.randomUUID(), "secretariat", Optional.empty(), Optional.empty(), 0, Optional.empty());
    ConsensusTracker.Dissociation dissociation = new ConsensusTracker.Dissociation("RUS", "Russian Federation",
        List.of(PARAGRAPH), List.of(), "Not bound.", Instant.now(), 0);
    JsonObject tracked = tracked(new ConsensusTracker(1).consensus(PARAGRAPH, 1,
        List.of(stance("FRA", "western-european-others", "support"), stance("RUS", "eastern-european", "object")),
        List.of(dissociation), Attribution.of(thread, Optional.empty())));
    assertEquals("contested", tracked.getString("status"));
    assertEquals(1, tracked.getInteger("supportCount"));
    assertEquals(1, tracked.getInteger("objectionCount"));
    assertEquals(1, tracked.getInteger("supportingGroupCount"));
    assertEquals(1, tracked.getInteger("dissociationCount"));
    assertTrue(tracked.getJsonArray("support").isEmpty() && tracked.getJsonArray("objections").isEmpty()
        && tracked.getJsonArray("dissociatedBy").isEmpty());
    assertFalse(tracked.containsKey("supportingGroups"));
    assertFalse(tracked.encode().contains("RUS") || tracked.encode().contains("western-european"), tracked.encode());
  }
}
