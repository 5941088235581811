package org.plenary.documents.inputs;

import io.vertx.core.Future;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.plenary.documents.registry.SessionLinks;
import org.plenary.platform.failure.Failure;
import org.plenary.platform.files.FileStore;
import org.plenary.platform.files.StoredFile;
import org.plenary.platform.identity.Participant;
import org.plenary.sessions.api.AgendaItemRef;
import org.plenary.sessions.api.SessionRef;

/** Written inputs as their reader may see them, with their sessions and agenda items, read once per session. */
public final class InputReader {

  private final InputStore inputs;
  private final SessionLinks sessions;
  private final FileStore files;

  public InputReader(InputStore inputs, SessionLinks sessions, FileStore files) {
    this.inputs = inputs;
    this.sessions = sessions;
    this.files = files;
  }

  /** The input's file, if the reader may read the input and it has one. */
  public Future<UUID> fileOf(UUID id, Optional<Participant> reader) {
    return inputs.find(id).map(found -> found.filter(input -> InputRules.mayRead(input, reader))
        .orElseThrow(() -> InputRules.notFound(id)).fileId().orElseThrow(() -> Failure.notFound("no-file",
            "The written input has no file", "Written input " + id + " was submitted as text, without a file.")));
  }

  public Future<InputView> view(UUID id, Optional<Participant> reader) {
    return inputs.find(id).map(found -> found.filter(input -> InputRules.mayRead(input, reader))
            .orElseThrow(() -> InputRules.notFound(id)))
        .compose(input -> views(List.of(input))).map(views -> views.get(0));
  }

  /** {@code mine}: only the reader's organization's own. */
  public Future<List<InputView>> list(Optional<Participant> reader, UUID sessionId, String status, boolean mine,
                                      Instant afterSubmitted, UUID afterId, int limit) {
    String organization = reader.map(p -> p.organization().id()).orElse(null);
    boolean seesAll = reader.map(p -> InputRules.seesUnpublished(p, "")).orElse(false);
    InputStore.Filter filter = new InputStore.Filter(seesAll, organization, sessionId, status,
        mine ? (organization == null ? "" : organization) : null);
    return inputs.list(filter, afterSubmitted, afterId, limit).compose(this::views);
  }

  private Future<List<InputView>> views(List<WrittenInput> found) {
    Set<UUID> sessionIds = new LinkedHashSet<>();
    found.forEach(input -> sessionIds.add(input.sessionId()));
    Map<UUID, Optional<SessionRef>> sessionsById = new HashMap<>();
    Map<UUID, AgendaItemRef> items = new HashMap<>();
    Future<Void> read = Future.succeededFuture();
    for (UUID sessionId : sessionIds) {
      read = read.compose(v -> sessions.access().session(sessionId))
          .compose(session -> {
            sessionsById.put(sessionId, session);
            return sessions.access().agendaItems(sessionId);
          })
          .map(agenda -> {
            agenda.forEach(item -> items.put(item.id(), item));
            return null;
          });
    }
    List<Future<Optional<StoredFile>>> filesRead = found.stream().map(input -> input.fileId().map(files::find)
        .orElse(Future.succeededFuture(Optional.empty()))).toList();
    return read.compose(v -> Future.all(filesRead)).map(v -> {
      List<InputView> views = new java.util.ArrayList<>();
      for (int i = 0; i < found.size(); i++) {
        WrittenInput input = found.get(i);
        views.add(new InputView(input, sessionsById.get(input.sessionId()), input.agendaItemId().map(items::get),
            filesRead.get(i).result()));
      }
      return views;
    });
  }
}
