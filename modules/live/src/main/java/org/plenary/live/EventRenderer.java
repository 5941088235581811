package org.plenary.live;

import io.vertx.core.Future;
import java.util.List;
import java.util.Optional;
import org.plenary.platform.events.OutboxEvent;
import org.plenary.platform.identity.Participant;

/**
 * Turns one event into what each of its subscribers may see, reading what it needs once for all of them.
 * Readers are given with their rights as they stand now ({@link CurrentReaders}).
 */
interface EventRenderer {

  /** Whether this renderer's streams include {@code stream}. */
  boolean handles(String stream);

  Future<List<Rendered>> render(OutboxEvent event, List<Optional<Participant>> readers);

  /**
   * Whether each reader may still follow {@code stream}, with no event to send: {@link Rendered#SKIP} if so,
   * else the {@link Rendered.End} that tells them why not.
   */
  Future<List<Rendered>> access(String stream, List<Optional<Participant>> readers);
}
