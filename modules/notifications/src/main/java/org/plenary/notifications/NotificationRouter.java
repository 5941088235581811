package org.plenary.notifications;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.SqlConnection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.plenary.accreditation.api.AccreditationEvents;
import org.plenary.capacity.api.CapacityEvents;
import org.plenary.contacts.api.ContactsEvents;
import org.plenary.drafts.api.DraftEvents;
import org.plenary.forum.api.ForumAccess;
import org.plenary.forum.api.ForumEvents;
import org.plenary.forum.api.PostFacts;
import org.plenary.forum.api.ThreadInfo;
import org.plenary.notifications.api.NotificationDetails;
import org.plenary.notifications.api.NotificationEvents;
import org.plenary.platform.events.DurableConsumer;
import org.plenary.platform.events.Outbox;
import org.plenary.platform.events.OutboxEvent;
import org.plenary.platform.identity.Participants;
import org.plenary.platform.identity.Role;
import org.plenary.summary.api.SummaryEvents;

/**
 * Decides who is told of each event (docs/EVENTS.md lists the events it reads) and records the
 * notifications, with a {@code notification.created} event on each recipient's stream, in the transaction
 * that advances the consumer. Nobody is told of their own doing, nor of anything in a thread they may
 * not read.
 */
final class NotificationRouter implements DurableConsumer.BatchHandler {

  private final ForumAccess forum;
  private final Participants participants;
  private final NotificationStore store;
  private final Mentions mentions;

  NotificationRouter(ForumAccess forum, Participants participants, NotificationStore store, Mentions mentions) {
    this.forum = forum;
    this.participants = participants;
    this.store = store;
    this.mentions = mentions;
  }

  @Override
  public Future<Void> handle(SqlConnection tx, List<OutboxEvent> events) {
    Future<Void> done = Future.succeededFuture();
    for (OutboxEvent event : events) {
      done = done.compose(v -> route(tx, event));
    }
    return done;
  }

  private Future<Void> route(SqlConnection tx, OutboxEvent event) {
    String type = event.type();
    if (event.stream().startsWith("thread:")) {
      UUID threadId = UUID.fromString(event.streamKey());
      if (ForumEvents.POST_CREATED.is(type)) {
        return postCreated(tx, event, event.payload().getLong("postId"));
      }
      if (ForumEvents.THREAD_CREATED.is(type)) {
        return forum.thread(threadId).compose(thread -> thread.isEmpty() ? Future.succeededFuture()
            : store.watch(tx, thread.get().authorId(), "thread", threadId.toString())
                .compose(v -> toWatchers(tx, event, thread.get(), null, Map.of(), thread.get().authorId(), true)));
      }
      if (ForumEvents.JOINT_STATEMENT_REQUESTED.is(type)) {
        return jointStatementRequested(tx, event, threadId);
      }
      if (ForumEvents.isJointStatementDecision(type)) {
        return jointStatementDecided(tx, event, threadId);
      }
      if (DraftEvents.STANCE_RECORDED.is(type) || SummaryEvents.PUBLISHED.is(type)) {
        return forum.thread(threadId).compose(thread -> thread.isEmpty() ? Future.succeededFuture()
            : toWatchers(tx, event, thread.get(), null, Map.of(), null, false));
      }
    }
    if (event.stream().startsWith("participant:") && DraftEvents.AMENDMENT_DECIDED.is(type)) {
      return amendmentDecided(tx, event, UUID.fromString(event.streamKey()));
    }
    if (event.stream().startsWith("organization:") && DraftEvents.DISSOCIATION_ENDED.is(type)) {
      return dissociationEnded(tx, event, event.streamKey());
    }
    if (event.stream().startsWith("organization:")
        && (AccreditationEvents.ACCREDITATION.includes(type) || CapacityEvents.MATCHES.includes(type))) {
      return toOrganization(tx, event, event.streamKey(),
          AccreditationEvents.ACCREDITATION.includes(type) ? "accreditation" : "matching", false);
    }
    if (SecretariatNotices.concerns(event)) {
      return SecretariatNotices.ofObjection(participants, event).compose(batch -> record(tx, batch));
    }
    if (event.stream().startsWith("organization:") && ContactsEvents.PING_SENT.is(type)) {
      return toOrganization(tx, event, event.streamKey(), "ping", true);
    }
    return Future.succeededFuture();
  }

  private Future<Void> postCreated(SqlConnection tx, OutboxEvent event, Long postId) {
    if (postId == null) {
      return Future.succeededFuture();
    }
    return forum.postFacts(postId).compose(facts -> facts.isEmpty() ? Future.succeededFuture()
        : forum.thread(facts.get().threadId()).compose(thread -> thread.isEmpty() ? Future.succeededFuture()
            : direct(facts.get())
                .compose(direct -> store.watch(tx, facts.get().authorId(), "thread", facts.get().threadId().toString())
                    .compose(v -> toWatchers(tx, event, thread.get(), postId, direct, facts.get().authorId(), false)))));
  }

  /** Those a post addresses: the author it replies to, and the participants of each organization it names. */
  private Future<Map<UUID, String>> direct(PostFacts facts) {
    Map<UUID, String> reasons = new LinkedHashMap<>();
    facts.parentAuthorId().ifPresent(parentAuthor -> reasons.put(parentAuthor, "reply"));
    return mentions.in(facts.text()).compose(named -> {
      named.remove(facts.organizationId());
      return named.isEmpty() ? Future.succeededFuture(reasons) : participants.ofOrganizations(named).map(people -> {
        people.keySet().forEach(id -> reasons.putIfAbsent(id, "mention"));
        return reasons;
      });
    });
  }

  private Future<Void> toWatchers(SqlConnection tx, OutboxEvent event, ThreadInfo thread, Long postId,
                                  Map<UUID, String> direct, UUID actor, boolean topicOnly) {
    String watchedReason = event.is(DraftEvents.STANCE_RECORDED) ? "stance"
        : event.is(SummaryEvents.PUBLISHED) ? "summary" : null;
    return store.watchers(tx, thread.id(), thread.topicId()).compose(watchers -> {
      Map<UUID, String> reasons = new LinkedHashMap<>(direct);
      watchers.forEach((id, target) -> {
        if (!topicOnly || "topic".equals(target)) {
          reasons.putIfAbsent(id, watchedReason != null ? watchedReason : "watched-" + target);
        }
      });
      if (actor != null) {
        reasons.remove(actor);
      }
      return mayRead(reasons, thread).compose(allowed -> record(tx, new NotificationStore.Batch(allowed, event.type(),
          event.position(), thread.id(), postId, Details.of(event, thread.chathamHouse()))));
    });
  }

  /**
   * Each State a joint statement names is asked to confirm it: its delegates who may read the thread, found for
   * all the named States in one read; each State's notification names only that State.
   */
  private Future<Void> jointStatementRequested(SqlConnection tx, OutboxEvent event, UUID threadId) {
    List<String> states = event.payload().getJsonArray("states", new io.vertx.core.json.JsonArray()).stream()
        .map(String::valueOf).distinct().toList();
    return forum.thread(threadId).compose(thread -> thread.isEmpty() || states.isEmpty() ? Future.succeededFuture()
        : participants.ofOrganizations(states).compose(people -> {
          Map<UUID, String> delegates = new LinkedHashMap<>();
          people.values().stream().filter(p -> p.has(Role.DELEGATE))
              .forEach(p -> delegates.put(p.id(), "joint-statement-requested"));
          return mayRead(delegates, thread.get()).compose(allowed -> {
            Map<String, Map<UUID, String>> byState = new LinkedHashMap<>();
            allowed.forEach((id, reason) -> byState.computeIfAbsent(people.get(id).organization().id(),
                state -> new LinkedHashMap<>()).put(id, reason));
            Future<Void> done = Future.succeededFuture();
            for (String state : states) {
              Map<UUID, String> ofState = byState.get(state);
              done = done.compose(v -> ofState == null ? Future.succeededFuture() : record(tx, new NotificationStore.Batch(
                  ofState, event.type(), event.position(), threadId, event.payload().getLong("postId"),
                  Details.ofRequest(event, state))));
            }
            return done;
          });
        }));
  }

  /** The delivering organization's delegates are told that a State confirmed, declined or took its name off. */
  private Future<Void> jointStatementDecided(SqlConnection tx, OutboxEvent event, UUID threadId) {
    String deliveredBy = event.payload().getString("organizationId");
    return deliveredBy == null ? Future.succeededFuture() : forum.thread(threadId).compose(thread -> thread.isEmpty()
        ? Future.succeededFuture()
        : toDelegates(tx, event, thread.get(), deliveredBy, event.type().substring(ForumEvents.POSTS.prefix().length()),
            Details.of(event, false)));
  }

  private Future<Void> toDelegates(SqlConnection tx, OutboxEvent event, ThreadInfo thread, String organizationId,
                                   String reason, NotificationDetails details) {
    return participants.ofOrganizations(Set.of(organizationId)).compose(people -> {
      Map<UUID, String> reasons = new LinkedHashMap<>();
      people.forEach((id, person) -> {
        if (person.has(Role.DELEGATE)) {
          reasons.put(id, reason);
        }
      });
      return mayRead(reasons, thread).compose(allowed -> record(tx, new NotificationStore.Batch(allowed, event.type(),
          event.position(), thread.id(), event.payload().getLong("postId"), details)));
    });
  }

  /** A ping of the Points of Contact directory goes to the State's delegates, who speak for it, only. */
  private Future<Void> toOrganization(SqlConnection tx, OutboxEvent event, String organizationId, String reason,
                                      boolean delegatesOnly) {
    return participants.ofOrganizations(Set.of(organizationId)).compose(people -> {
      Map<UUID, String> reasons = new LinkedHashMap<>();
      people.forEach((id, person) -> {
        if (!delegatesOnly || person.has(Role.DELEGATE)) {
          reasons.put(id, reason);
        }
      });
      return record(tx, new NotificationStore.Batch(reasons, event.type(), event.position(), null, null,
          Details.of(event, false)));
    });
  }

  /** A revision ended a State's dissociation from paragraphs it changed: its delegates who may read the draft. */
  private Future<Void> dissociationEnded(SqlConnection tx, OutboxEvent event, String stateId) {
    UUID threadId = UUID.fromString(event.payload().getString("threadId"));
    return forum.thread(threadId).compose(thread -> thread.isEmpty() ? Future.succeededFuture()
        : participants.ofOrganizations(Set.of(stateId)).compose(people -> {
          Map<UUID, String> delegates = new LinkedHashMap<>();
          people.values().stream().filter(p -> p.has(Role.DELEGATE)).forEach(p -> delegates.put(p.id(), "dissociation-ended"));
          return mayRead(delegates, thread.get()).compose(allowed -> record(tx, new NotificationStore.Batch(allowed,
              event.type(), event.position(), threadId, null, Details.of(event, false))));
        }));
  }

  /**
   * A version incorporated an amendment, or it was marked not retained: its author alone is told (the stream is
   * theirs), if they may still read the draft. The details repeat only the amendment, its paragraph, the version
   * and the decision, which the author may see; who decided is not said.
   */
  private Future<Void> amendmentDecided(SqlConnection tx, OutboxEvent event, UUID authorId) {
    String status = event.payload().getString("status");
    if (!"incorporated".equals(status) && !"not-retained".equals(status)) {
      return Future.succeededFuture();
    }
    UUID threadId = UUID.fromString(event.payload().getString("threadId"));
    return forum.thread(threadId).compose(thread -> thread.isEmpty() ? Future.succeededFuture()
        : mayRead(Map.of(authorId, "amendment-" + status), thread.get()).compose(allowed -> record(tx,
            new NotificationStore.Batch(allowed, event.type(), event.position(), threadId, null,
                Details.of(event, false)))));
  }

  /** Those of the candidates who may read the thread, with their reasons. */
  private Future<Map<UUID, String>> mayRead(Map<UUID, String> candidates, ThreadInfo thread) {
    return ThreadReaders.among(participants, forum, candidates, thread);
  }

  private Future<Void> record(SqlConnection tx, NotificationStore.Batch batch) {
    return store.insert(tx, batch).compose(inserted -> {
      List<String> streams = inserted.stream().map(n -> "participant:" + n.participantId()).toList();
      List<JsonObject> payloads = inserted.stream().map(n -> new JsonObject().put("notificationId", n.id())).toList();
      return Outbox.recordEach(tx, NotificationEvents.CREATED, streams, payloads);
    });
  }
}
