package org.plenary.live;

import io.vertx.core.Future;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.plenary.platform.events.OutboxEvent;
import org.plenary.platform.identity.Participant;
import org.plenary.sessions.api.SpeakersAccess;

/**
 * Events of {@code session:<id>} streams (the session, its agenda, its speakers lists and the floor, statements),
 * sent as a nudge, the event's payload with its type, for the client to fetch what changed through the API, which
 * applies the rules; only to those who attend the session.
 */
final class SessionEventRenderer implements EventRenderer {

  private static final Rendered NOT_ATTENDING = new Rendered.End("not-readable",
      "This session is no longer open to you: its audience changed, or your roles did.");

  private final SpeakersAccess speakers;

  SessionEventRenderer(SpeakersAccess speakers) {
    this.speakers = speakers;
  }

  @Override
  public boolean handles(String stream) {
    return stream.startsWith("session:");
  }

  @Override
  public Future<List<Rendered>> render(OutboxEvent event, List<Optional<Participant>> readers) {
    Rendered.Send nudge = new Rendered.Send(event.type(), event.payload().copy().put("type", event.type()).encode());
    return each(UUID.fromString(event.streamKey()), readers, nudge);
  }

  @Override
  public Future<List<Rendered>> access(String stream, List<Optional<Participant>> readers) {
    return each(UUID.fromString(stream.substring(stream.indexOf(':') + 1)), readers, Rendered.SKIP);
  }

  private Future<List<Rendered>> each(UUID sessionId, List<Optional<Participant>> readers, Rendered allowed) {
    return speakers.attendance(sessionId, readers).map(found -> {
      List<Boolean> attends = found.orElseGet(() -> readers.stream().map(reader -> false).toList());
      List<Rendered> each = new ArrayList<>(readers.size());
      for (int i = 0; i < readers.size(); i++) {
        each.add(attends.get(i) ? allowed : NOT_ATTENDING);
      }
      return each;
    });
  }
}
