package org.plenary.drafts.stances;

import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.plenary.drafts.Attribution;
import org.plenary.drafts.DraftAccess;
import org.plenary.drafts.api.DraftConsensus;
import org.plenary.drafts.versions.VersionStore;

/**
 * The consensus tracker of a draft's latest version, as one reader may see it (see {@link Attribution}):
 * four queries, whatever the number of paragraphs.
 */
public final class ConsensusReader implements DraftConsensus {

  /** Per paragraph of the latest version (in order), the draft-level summary, and the dissociations. */
  public record Tracked(List<JsonObject> paragraphs, JsonObject summary, JsonArray dissociations) {

    public Map<UUID, JsonObject> byParagraph() {
      return paragraphs.stream().collect(Collectors.toMap(p -> UUID.fromString(p.getString("paragraphId")), p -> p));
    }
  }

  private final VersionStore versions;
  private final StanceStore stances;
  private final ConsensusTracker tracker;

  public ConsensusReader(VersionStore versions, StanceStore stances, ConsensusTracker tracker) {
    this.versions = versions;
    this.stances = stances;
    this.tracker = tracker;
  }

  /** With every State named: summaries read it and apply the Chatham House Rule themselves. */
  @Override
  public Future<JsonArray> paragraphs(UUID threadId) {
    return latest(threadId, Attribution.unrestricted())
        .map(consensus -> new JsonArray(new ArrayList<>(consensus.paragraphs())));
  }

  public Future<Tracked> latest(UUID threadId, Attribution attribution) {
    return versions.versions(threadId).compose(all -> {
      if (all.isEmpty()) {
        return Future.succeededFuture(new Tracked(List.of(), tracker.summary(List.of()), new JsonArray()));
      }
      long latest = all.get(all.size() - 1).id();
      return Future.all(versions.paragraphs(latest), stances.current(latest, null), stances.dissociations(threadId))
          .map(loaded -> build(loaded.resultAt(0), loaded.resultAt(1), loaded.resultAt(2), attribution));
    });
  }

  private Tracked build(List<VersionStore.ParagraphText> paragraphs, List<ConsensusTracker.Stance> current,
                        List<ConsensusTracker.Dissociation> dissociations, Attribution attribution) {
    Map<UUID, Integer> numbers = new HashMap<>();
    paragraphs.forEach(p -> numbers.put(p.id(), p.number()));
    Map<UUID, List<ConsensusTracker.Dissociation>> dissociatedBy = new HashMap<>();
    JsonArray shown = new JsonArray();
    for (ConsensusTracker.Dissociation dissociation : dissociations) {
      JsonArray named = new JsonArray();
      for (UUID paragraph : dissociation.paragraphIds()) {
        if (numbers.containsKey(paragraph)) {
          named.add(new JsonObject().put("id", paragraph.toString()).put("number", numbers.get(paragraph)));
          dissociatedBy.computeIfAbsent(paragraph, p -> new ArrayList<>()).add(dissociation);
        }
      }
      if (dissociation.seenBy(attribution) && (!named.isEmpty() || !dissociation.ended().isEmpty())) {
        shown.add(dissociationJson(dissociation, named, numbers));
      }
    }
    Map<UUID, List<ConsensusTracker.Stance>> byParagraph = current.stream()
        .collect(Collectors.groupingBy(ConsensusTracker.Stance::paragraphId));
    List<JsonObject> tracked = paragraphs.stream()
        .map(p -> tracker.paragraph(p.id(), p.number(), byParagraph.getOrDefault(p.id(), List.of()),
            dissociatedBy.getOrDefault(p.id(), List.of()), attribution))
        .toList();
    return new Tracked(tracked, tracker.summary(tracked), shown);
  }

  /** As its own State (and those behind the rule) see it: what it holds, and what a revision ended. */
  private static JsonObject dissociationJson(ConsensusTracker.Dissociation dissociation, JsonArray named,
                                             Map<UUID, Integer> numbers) {
    JsonArray ended = new JsonArray();
    for (ConsensusTracker.Ended entry : dissociation.ended()) {
      JsonObject json = new JsonObject().put("id", entry.paragraphId().toString())
          .put("dissociatedFrom", version(dissociation.versionNumber())).put("endedIn", version(entry.endedInVersion()));
      Optional.ofNullable(numbers.get(entry.paragraphId())).ifPresent(number -> json.put("number", number));
      ended.add(json);
    }
    JsonObject json = new JsonObject().put("state", dissociation.state()).put("paragraphs", named).put("ended", ended)
        .put("recordedOn", version(dissociation.versionNumber()))
        .put("recordedAt", dissociation.recordedAt().toString());
    Optional.ofNullable(dissociation.explanation()).ifPresent(e -> json.put("explanation", e));
    return json;
  }

  private static JsonObject version(int number) {
    return new JsonObject().put("version", number).put("label", DraftAccess.versionLabel(number));
  }
}
