package org.plenary.drafts.record;

import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.plenary.drafts.Attribution;
import org.plenary.drafts.DraftAccess;
import org.plenary.drafts.api.DraftRecord;
import org.plenary.drafts.api.ParagraphComparison;
import org.plenary.drafts.api.StateStances;
import org.plenary.forum.api.ForumAccess;
import org.plenary.forum.api.ThreadAsSeen;
import org.plenary.platform.failure.Failure;
import org.plenary.platform.identity.Participant;
import org.plenary.platform.organizations.ActivityPage;
import org.plenary.platform.organizations.ActivityQuery;

/**
 * {@link StateStances} on the drafts' store: which drafts a reader may read is the forum's decision (one read of
 * the page's threads), whose entries they see attributed is {@link Attribution}'s, as on a draft's own page.
 */
public final class StateRecord implements StateStances {

  private final RecordStore store;
  private final ForumAccess forum;
  private final DraftAccess access;

  public StateRecord(Pool pool, ForumAccess forum) {
    this.store = new RecordStore(pool);
    this.forum = forum;
    this.access = new DraftAccess(forum);
  }

  @Override
  public Future<ActivityPage<DraftRecord>> of(ActivityQuery query, Optional<Participant> reader) {
    String state = query.organizationId();
    return store.drafts(query).compose(found -> {
      List<RecordStore.Engaged> page = found.subList(0, Math.min(found.size(), query.limit()));
      if (page.isEmpty()) {
        return Future.succeededFuture(ActivityPage.<DraftRecord>empty());
      }
      RecordStore.Engaged last = page.get(page.size() - 1);
      Optional<ActivityQuery.After> next = found.size() > query.limit()
          ? Optional.of(new ActivityQuery.After(last.latestAt(), last.threadId().toString())) : Optional.empty();
      return forum.threadsAsSeenBy(page.stream().map(RecordStore.Engaged::threadId).toList(), reader)
          .compose(readable -> {
            Map<UUID, ThreadAsSeen> kept = new LinkedHashMap<>();
            page.forEach(engaged -> Optional.ofNullable(readable.get(engaged.threadId()))
                .filter(thread -> "draft".equals(thread.kind()) && matches(thread, query))
                .ifPresent(thread -> kept.put(thread.id(), thread)));
            if (kept.isEmpty()) {
              return Future.succeededFuture(new ActivityPage<>(List.<DraftRecord>of(), next));
            }
            List<UUID> ids = List.copyOf(kept.keySet());
            return Future.all(store.stances(List.of(state), ids, null), store.dissociations(List.of(state), ids, null))
                .map(both -> new ActivityPage<>(records(page, kept, both.resultAt(0), both.resultAt(1), reader), next));
          });
    });
  }

  private static boolean matches(ThreadAsSeen thread, ActivityQuery query) {
    return query.topic().map(thread.topicId()::equals).orElse(true)
        && query.norm().map(thread.tags()::contains).orElse(true);
  }

  private static List<DraftRecord> records(List<RecordStore.Engaged> page, Map<UUID, ThreadAsSeen> threads,
                                           List<RecordStore.Entry<DraftRecord.Stance>> stances,
                                           List<RecordStore.Entry<DraftRecord.Dissociation>> dissociations,
                                           Optional<Participant> reader) {
    Map<UUID, List<DraftRecord.Stance>> stancesBy = new LinkedHashMap<>();
    Map<UUID, DraftRecord.Dissociation> dissociationBy = new LinkedHashMap<>();
    for (RecordStore.Entry<DraftRecord.Stance> entry : stances) {
      Attribution seen = Attribution.of(threads.get(entry.threadId()).chathamHouse(), reader);
      if (seen.sees(entry.stateId(), entry.entry().recordedVia().orElse(null))) {
        stancesBy.computeIfAbsent(entry.threadId(), id -> new ArrayList<>()).add(entry.entry());
      }
    }
    for (RecordStore.Entry<DraftRecord.Dissociation> entry : dissociations) {
      if (Attribution.of(threads.get(entry.threadId()).chathamHouse(), reader).sees(entry.stateId())) {
        dissociationBy.put(entry.threadId(), entry.entry());
      }
    }
    List<DraftRecord> records = new ArrayList<>();
    for (RecordStore.Engaged engaged : page) {
      UUID id = engaged.threadId();
      List<DraftRecord.Stance> held = stancesBy.getOrDefault(id, List.of());
      Optional<DraftRecord.Dissociation> dissociation = Optional.ofNullable(dissociationBy.get(id));
      if (threads.containsKey(id) && (!held.isEmpty() || dissociation.isPresent())) {
        records.add(new DraftRecord(id, threads.get(id).title(), engaged.latestAt(), held, dissociation));
      }
    }
    return records;
  }

  @Override
  public Future<ParagraphComparison> on(UUID paragraphId, List<String> states, Optional<Participant> reader) {
    return store.paragraph(paragraphId)
        .map(found -> found.orElseThrow(() -> Failure.notFound("There is no draft paragraph " + paragraphId + ".")))
        .compose(paragraph -> access.readableDraft(paragraph.threadId(), reader).compose(thread -> {
          Attribution seen = Attribution.of(thread, reader);
          return Future.all(store.stances(states, null, paragraphId), store.dissociations(states, null, paragraphId))
              .map(both -> {
                List<RecordStore.Entry<DraftRecord.Stance>> stances = both.resultAt(0);
                List<RecordStore.Entry<DraftRecord.Dissociation>> dissociations = both.resultAt(1);
                List<ParagraphComparison.StateEntry> entries = states.stream().map(state -> seen.sees(state)
                    ? new ParagraphComparison.StateEntry(state, false, first(stances, state), first(dissociations, state))
                    : new ParagraphComparison.StateEntry(state, true, Optional.empty(), Optional.empty())).toList();
                return new ParagraphComparison(thread.id(), thread.title(), paragraphId, paragraph.number(),
                    paragraph.text(), entries);
              });
        }));
  }

  private static <T> Optional<T> first(List<RecordStore.Entry<T>> entries, String state) {
    return entries.stream().filter(entry -> entry.stateId().equals(state)).map(RecordStore.Entry::entry).findFirst();
  }
}
