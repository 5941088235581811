package org.plenary.notifications;

import io.vertx.core.Future;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.plenary.forum.api.ForumAccess;
import org.plenary.forum.api.ThreadInfo;
import org.plenary.platform.identity.Participant;
import org.plenary.platform.identity.Participants;

/** Who of a notification's candidates may read its thread: nobody is told of what they may not read. */
final class ThreadReaders {

  private ThreadReaders() {
  }

  static Future<Map<UUID, String>> among(Participants participants, ForumAccess forum, Map<UUID, String> candidates,
                                          ThreadInfo thread) {
    if (candidates.isEmpty()) {
      return Future.succeededFuture(candidates);
    }
    return participants.byIds(candidates.keySet()).map(known -> {
      Map<UUID, String> allowed = new LinkedHashMap<>();
      candidates.forEach((id, reason) -> {
        Participant participant = known.get(id);
        if (participant != null && forum.visibleAudiences(Optional.of(participant)).contains(thread.audience())) {
          allowed.put(id, reason);
        }
      });
      return allowed;
    });
  }
}
