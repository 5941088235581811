package org.plenary.drafts.stances;

import io.vertx.core.Future;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.plenary.drafts.Attribution;
import org.plenary.drafts.api.DraftConsensus;
import org.plenary.drafts.api.ParagraphStanding;
import org.plenary.drafts.versions.VersionStore;

/**
 * The consensus tracker of a draft's latest version, as one reader may see it (see {@link Attribution}):
 * four queries, whatever the number of paragraphs.
 */
public final class ConsensusReader implements DraftConsensus {

  /** Per paragraph of the latest version (in order), the draft-level summary, and the dissociations. */
  public record Tracked(List<ParagraphConsensus> paragraphs, ConsensusSummary summary,
                        List<ShownDissociation> dissociations) {

    public Map<UUID, ParagraphConsensus> byParagraph() {
      return paragraphs.stream().collect(Collectors.toMap(ParagraphConsensus::paragraphId, p -> p));
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
  public Future<List<ParagraphStanding>> paragraphs(UUID threadId) {
    return latest(threadId, Attribution.unrestricted())
        .map(consensus -> consensus.paragraphs().stream().map(ConsensusReader::standing).toList());
  }

  private static ParagraphStanding standing(ParagraphConsensus p) {
    return new ParagraphStanding(p.number(), p.status(), p.supportingGroupCount(), p.requiredGroups(),
        p.support().stream().map(ConsensusTracker.Stance::stateName).toList(),
        p.objections().stream().map(ConsensusTracker.Stance::stateName).toList());
  }

  public Future<Tracked> latest(UUID threadId, Attribution attribution) {
    return versions.versions(threadId).compose(all -> {
      if (all.isEmpty()) {
        return Future.succeededFuture(new Tracked(List.of(), tracker.summary(List.of()), List.of()));
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
    List<ShownDissociation> shown = new ArrayList<>();
    for (ConsensusTracker.Dissociation dissociation : dissociations) {
      List<ShownDissociation.Numbered> named = new ArrayList<>();
      for (UUID paragraph : dissociation.paragraphIds()) {
        if (numbers.containsKey(paragraph)) {
          named.add(new ShownDissociation.Numbered(paragraph, numbers.get(paragraph)));
          dissociatedBy.computeIfAbsent(paragraph, p -> new ArrayList<>()).add(dissociation);
        }
      }
      if (dissociation.seenBy(attribution) && (!named.isEmpty() || !dissociation.ended().isEmpty())) {
        shown.add(new ShownDissociation(dissociation, List.copyOf(named), dissociation.ended().stream()
            .map(e -> new ShownDissociation.Ended(e.paragraphId(), e.endedInVersion(),
                Optional.ofNullable(numbers.get(e.paragraphId()))))
            .toList()));
      }
    }
    Map<UUID, List<ConsensusTracker.Stance>> byParagraph = current.stream()
        .collect(Collectors.groupingBy(ConsensusTracker.Stance::paragraphId));
    List<ParagraphConsensus> tracked = paragraphs.stream()
        .map(p -> tracker.consensus(p.id(), p.number(), byParagraph.getOrDefault(p.id(), List.of()),
            dissociatedBy.getOrDefault(p.id(), List.of()), attribution))
        .toList();
    return new Tracked(tracked, tracker.summary(tracked), List.copyOf(shown));
  }
}
