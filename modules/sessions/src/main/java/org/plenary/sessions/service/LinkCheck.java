package org.plenary.sessions.service;

import io.vertx.core.Future;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.plenary.forum.api.ForumAccess;
import org.plenary.platform.failure.Failure;

/**
 * Checks what agenda items take up against the forum: every thread must exist, every draft must be a thread of
 * kind draft. The first that does not is a 422 naming it. (Topics are checked by their form only: the forum's port
 * does not list them.)
 */
public final class LinkCheck {

  private final ForumAccess forum;

  public LinkCheck(ForumAccess forum) {
    this.forum = forum;
  }

  public Future<Void> requireKnown(AgendaDraft draft) {
    Set<UUID> threads = new LinkedHashSet<>();
    Set<UUID> drafts = new LinkedHashSet<>();
    for (AgendaDraft.Item item : draft.items()) {
      collect(item, threads, drafts);
      item.subItems().forEach(sub -> collect(sub, threads, drafts));
    }
    List<Future<Void>> checks = new ArrayList<>();
    threads.forEach(id -> checks.add(forum.thread(id).map(found -> {
      if (found.isEmpty()) {
        throw Failure.unprocessable("unknown-thread", "Unknown thread",
            "An agenda item takes up thread " + id + ", which does not exist.");
      }
      return null;
    })));
    drafts.forEach(id -> checks.add(forum.thread(id).map(found -> {
      if (found.filter(thread -> "draft".equals(thread.kind())).isEmpty()) {
        throw Failure.unprocessable("unknown-draft", "Unknown draft",
            "An agenda item takes up draft " + id + ", which is not a draft of the forum.");
      }
      return null;
    })));
    return Future.all(checks).mapEmpty();
  }

  private static void collect(AgendaDraft.Item item, Set<UUID> threads, Set<UUID> drafts) {
    threads.addAll(item.threads());
    drafts.addAll(item.drafts());
  }
}
