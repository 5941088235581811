package org.plenary.server.demo;

import io.vertx.core.Future;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.plenary.forum.Forum;
import org.plenary.forum.posts.PostKind;
import org.plenary.forum.posts.WritePost;
import org.plenary.implementation.domain.GoodPractice;
import org.plenary.implementation.service.GoodPracticeService;
import org.plenary.implementation.store.GoodPracticeStore;
import org.plenary.summary.SummaryService;
import org.plenary.summary.domain.SummaryEdit;

/**
 * Good practices cited as posts are: Brazil's delegate cites Malawi's and Estonia's practices in the call for positions
 * on critical infrastructure, and the Chair's updated summary of that thread cites them too. Played after the
 * practices are shared (their ids are made then), so the links are written here rather than in the script.
 */
final class CitationsDemo {

  private static final String THREAD = "norms-critical-infrastructure";
  private static final String MAPPING = "Mapping critical infrastructure with its operators";
  private static final String VOLUNTEERS = "A volunteer cyber defence unit for critical services";

  private final Forum forum;
  private final SummaryService summaries;
  private final GoodPracticeService practices;
  private final DemoCast cast;
  private final Map<String, UUID> threads;

  CitationsDemo(Forum forum, SummaryService summaries, GoodPracticeService practices, DemoCast cast,
                Map<String, UUID> threads) {
    this.forum = forum;
    this.summaries = summaries;
    this.practices = practices;
    this.cast = cast;
    this.threads = threads;
  }

  Future<Void> play() {
    UUID thread = threads.get(THREAD);
    return practices.list(Optional.empty(), new GoodPracticeStore.Filter(null, null, null), null, 50)
        .map(all -> all.stream().collect(Collectors.toMap(GoodPractice::title, GoodPractice::id, (a, b) -> a)))
        .compose(ids -> post(thread, ids).compose(v -> summary(thread, ids)));
  }

  private Future<Void> post(UUID thread, Map<String, UUID> ids) {
    String body = "Brazil draws on two practices shared with the dialogue: [Malawi's register](/practices/"
        + ids.get(MAPPING) + ") shows how a register of operators supports norm (g), and [Estonia's unit](/practices/"
        + ids.get(VOLUNTEERS) + ") how volunteers from the private sector help protect critical services.";
    WritePost command = new WritePost(thread, PostKind.COMMENT, body, "en", Optional.empty(), Optional.empty(),
        List.of(), Optional.of(1));
    return cast.participant("delegate-bra").compose(brazil -> forum.postService().write(brazil, command)).mapEmpty();
  }

  /** The Chair's summary again, with the practices the thread cited: generated, edited, submitted, published. */
  private Future<Void> summary(UUID thread, Map<String, UUID> ids) {
    return cast.participant("moderator").compose(moderator -> summaries.generate(moderator, thread)
        .compose(id -> summaries.readable(id, Optional.of(moderator))
            .compose(generated -> summaries.edit(moderator, id, new SummaryEdit(generated.markdown()
                + "\n\n## Good practices cited\n\nDelegations pointed to [a register of operators](/practices/"
                + ids.get(MAPPING) + ") and [a volunteer unit](/practices/" + ids.get(VOLUNTEERS) + ").\n",
                generated.version(), Optional.of("The good practices cited in the thread"))))
            .compose(v -> summaries.submit(moderator, id))
            .compose(v -> cast.participant("chair").compose(chair -> summaries.publish(chair, id)))));
  }
}
