package org.plenary.drafts.versions;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.plenary.drafts.Paragraphs;
import org.plenary.platform.failure.Failure;

/**
 * How the paragraphs of a new version relate to the draft's earlier ones. A paragraph listed with its id
 * survives: unchanged text keeps its revision (and so its stances); changed text starts a new revision,
 * on which no State has a stance yet. A paragraph listed without an id is new. A paragraph whose text the
 * version changes may name the amendments it incorporates ({@code incorporates}); one that keeps its text
 * adopts none.
 */
final class RevisionPlan {

  /** What the draft knows of a paragraph: its text as it last stood, that text's revision, whether it is current. */
  /** {@code heading}: the section heading the paragraph last opened, or null. */
  record Known(String text, String heading, int revision, boolean inLatest) {
  }

  /** {@code newText}: a surviving paragraph whose wording this version changes, which may adopt an amendment. */
  record Planned(UUID id, boolean isNew, int number, String heading, String text, int revision, String change,
                 boolean newText, List<Long> incorporates) {
  }

  private RevisionPlan() {
  }

  /** Plans the paragraphs {@code requested} against {@code known}, every paragraph the draft ever had. */
  static List<Planned> plan(List<PublishVersion.Paragraph> requested, Map<UUID, Known> known) {
    List<Planned> planned = new ArrayList<>(requested.size());
    Set<UUID> seen = new HashSet<>();
    for (int i = 0; i < requested.size(); i++) {
      PublishVersion.Paragraph paragraph = requested.get(i);
      int number = i + 1;
      String text = paragraph.text().strip();
      if (text.isEmpty()) {
        throw Failure.invalid("Paragraph " + number + " has no text.");
      }
      String id = paragraph.id().orElse(null);
      List<Long> incorporates = paragraph.incorporates();
      if (id == null) {
        if (!incorporates.isEmpty()) {
          throw Failure.invalid("Paragraph " + number + " is new: an amendment is incorporated in the paragraph it"
              + " amends, named by its id.");
        }
        planned.add(new Planned(UUID.randomUUID(), true, number, blankToNull(paragraph.heading()), text, 1, "new",
            false, List.of()));
        continue;
      }
      UUID paragraphId = UUID.fromString(id);
      Known before = known.get(paragraphId);
      if (before == null) {
        throw Failure.invalid("Paragraph " + number + " names " + id + ", which is not a paragraph of this draft;"
            + " leave out the id of a new paragraph.");
      }
      if (!seen.add(paragraphId)) {
        throw Failure.invalid("Paragraph " + id + " is listed twice; a paragraph appears once in a version.");
      }
      boolean same = Paragraphs.sameWording(before.text(), text);
      if (same && !incorporates.isEmpty()) {
        throw Failure.invalid("Paragraph " + number + " keeps its text in this version, so it incorporates no"
            + " amendment; revise its text to incorporate amendment " + incorporates.get(0) + ".");
      }
      String change = !before.inLatest() ? "reinstated" : same ? "unchanged" : "revised";
      // a surviving paragraph keeps its section heading unless the request says otherwise ("" removes it): a
      // revision listing kept paragraphs by id alone used to drop every heading of the draft
      String heading = paragraph.heading() == null ? before.heading() : blankToNull(paragraph.heading());
      planned.add(new Planned(paragraphId, false, number, heading, text,
          same ? before.revision() : before.revision() + 1, change, !same, incorporates));
    }
    return planned;
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
