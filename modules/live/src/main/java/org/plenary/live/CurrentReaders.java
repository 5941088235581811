package org.plenary.live;

import io.vertx.core.Future;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.plenary.platform.identity.Participant;
import org.plenary.platform.identity.Participants;

/**
 * The readers of open streams with their rights as they stand now, not as they stood when the stream
 * opened: each participant as stored (the organization and its accreditation now, the roles of their latest
 * sign-in). Read in one query for all the subscribers of an event that are not known yet, and kept for
 * {@link #TTL_MS}, so that fanning an event out to many subscribers costs one read at most. An
 * organization's entries are dropped at once when its accreditation changes ({@link #forgetOrganization}).
 */
final class CurrentReaders {

  static final long TTL_MS = 5_000;
  private static final int MAX_CACHED = 50_000;

  private record Cached(Optional<Participant> participant, long expiresAt) {
  }

  private final Participants participants;
  private final Map<UUID, Cached> cache = new ConcurrentHashMap<>();
  /** Bumped by every {@link #forgetOrganization}: a read that began before it is used, but not kept. */
  private final AtomicLong generation = new AtomicLong();

  CurrentReaders(Participants participants) {
    this.participants = participants;
  }

  /**
   * Each reader as they are now, at the same index: anonymous stays anonymous; a participant no longer
   * known reads as anonymous.
   */
  Future<List<Optional<Participant>>> of(List<Optional<Participant>> asOpened) {
    long now = System.currentTimeMillis();
    Map<UUID, Optional<Participant>> known = new HashMap<>();
    Set<UUID> missing = new HashSet<>();
    for (Optional<Participant> reader : asOpened) {
      reader.ifPresent(p -> {
        Cached cached = cache.get(p.id());
        if (cached != null && cached.expiresAt() > now) {
          known.put(p.id(), cached.participant());
        } else {
          missing.add(p.id());
        }
      });
    }
    if (missing.isEmpty()) {
      return Future.succeededFuture(inOrder(asOpened, known));
    }
    long readAt = generation.get();
    return participants.byIds(missing).map(found -> {
      boolean keep = generation.get() == readAt;
      if (keep && cache.size() + missing.size() > MAX_CACHED) {
        cache.values().removeIf(entry -> entry.expiresAt() <= now);
        if (cache.size() + missing.size() > MAX_CACHED) {
          cache.clear();
        }
      }
      for (UUID id : missing) {
        Optional<Participant> current = Optional.ofNullable(found.get(id));
        known.put(id, current);
        if (keep) {
          cache.put(id, new Cached(current, now + TTL_MS));
        }
      }
      return inOrder(asOpened, known);
    });
  }

  /**
   * Drops the participants of an organization whose accreditation changed, so that the next event is
   * rendered with its new status; returns the ids of those that were known.
   */
  Set<UUID> forgetOrganization(String organizationId) {
    generation.incrementAndGet();
    Set<UUID> forgotten = new HashSet<>();
    cache.forEach((id, cached) -> {
      if (cached.participant().map(p -> p.organization().id().equals(organizationId)).orElse(false)) {
        forgotten.add(id);
      }
    });
    forgotten.forEach(cache::remove);
    return forgotten;
  }

  private static List<Optional<Participant>> inOrder(List<Optional<Participant>> asOpened,
                                                     Map<UUID, Optional<Participant>> known) {
    List<Optional<Participant>> current = new ArrayList<>(asOpened.size());
    for (Optional<Participant> reader : asOpened) {
      current.add(reader.flatMap(p -> known.get(p.id())));
    }
    return current;
  }
}
