package org.plenary.drafts.versions;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.plenary.drafts.DraftAccess;
import org.plenary.drafts.stances.ConsensusJson;
import org.plenary.drafts.stances.ConsensusSummary;
import org.plenary.drafts.stances.ParagraphConsensus;
import org.plenary.forum.api.ThreadInfo;

/** A draft as readers see it: one version's paragraphs, what changed since the one before, and the tracker. */
final class DraftView {

  private DraftView() {
  }

  static JsonObject toJson(ThreadInfo thread, List<VersionStore.Version> versions, VersionStore.Version shown,
                           List<VersionStore.ParagraphText> paragraphs, List<VersionStore.ParagraphText> previous,
                           Map<UUID, ParagraphConsensus> consensus, ConsensusSummary summary,
                           Map<UUID, Long> proposedAmendments) {
    JsonArray allVersions = new JsonArray();
    versions.forEach(v -> allVersions.add(version(v)));
    JsonObject json = new JsonObject()
        .put("threadId", thread.id().toString())
        .put("title", thread.title())
        .put("threadStatus", thread.status())
        .put("acceptingContributions", thread.refusesPostsBecause().isEmpty())
        .put("versions", allVersions);
    if (shown == null) {
      return json.put("paragraphs", new JsonArray()).put("removed", new JsonArray());
    }
    boolean latest = shown.number() == versions.get(versions.size() - 1).number();
    JsonArray shownParagraphs = new JsonArray();
    for (VersionStore.ParagraphText p : paragraphs) {
      JsonObject paragraph = paragraph(p);
      if (latest) {
        paragraph.put("consensus",
            Optional.ofNullable(consensus.get(p.id())).map(ConsensusJson::paragraph).orElse(null));
      }
      shownParagraphs.add(paragraph);
    }
    JsonArray removed = new JsonArray();
    removed(paragraphs, previous).forEach(p -> removed.add(new JsonObject()
        .put("id", p.id().toString()).put("previousNumber", p.number()).put("text", p.text())
        .put("proposedAmendments", proposedAmendments.getOrDefault(p.id(), 0L))));
    json.put("version", version(shown).put("latest", latest))
        .put("paragraphs", shownParagraphs)
        .put("removed", removed);
    if (latest) {
      json.put("consensus", ConsensusJson.summary(summary));
    }
    return json;
  }

  /** The paragraphs of the version before that this one leaves out. */
  static List<VersionStore.ParagraphText> removed(List<VersionStore.ParagraphText> paragraphs,
                                                  List<VersionStore.ParagraphText> previous) {
    Set<UUID> kept = paragraphs.stream().map(VersionStore.ParagraphText::id).collect(Collectors.toSet());
    return previous.stream().filter(p -> !kept.contains(p.id())).toList();
  }

  static JsonObject paragraph(VersionStore.ParagraphText p) {
    JsonObject json = new JsonObject()
        .put("id", p.id().toString())
        .put("number", p.number())
        .put("text", p.text())
        .put("revision", p.revision())
        .put("change", p.change());
    if (p.heading() != null) {
      json.put("heading", p.heading());
    }
    return json;
  }

  static JsonObject version(VersionStore.Version v) {
    JsonObject json = new JsonObject()
        .put("number", v.number())
        .put("label", DraftAccess.versionLabel(v.number()))
        .put("publishedAt", v.publishedAt().toString());
    if (!v.note().isEmpty()) {
      json.put("note", v.note());
    }
    return json;
  }
}
