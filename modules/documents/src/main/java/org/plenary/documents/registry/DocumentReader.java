package org.plenary.documents.registry;

import io.vertx.core.Future;
import java.util.Optional;
import java.util.UUID;
import org.plenary.platform.identity.Participant;

/** A document as its reader may see it, with what its page shows around it. */
public final class DocumentReader {

  private final DocumentStore documents;
  private final SessionLinks sessions;

  public DocumentReader(DocumentStore documents, SessionLinks sessions) {
    this.documents = documents;
    this.sessions = sessions;
  }

  /** The document, or its 404 for a reader who may not read it. */
  public Future<Document> readable(UUID id, Optional<Participant> reader) {
    return documents.find(id).map(found -> DocumentRules.requireReadable(
        found.orElseThrow(() -> DocumentRules.notFound(id.toString())), reader));
  }

  public Future<DocumentPage> page(UUID id, Optional<Participant> reader) {
    return readable(id, reader).compose(document -> page(document, reader));
  }

  public Future<DocumentPage> page(Document document, Optional<Participant> reader) {
    return sessions.session(document.sessionId())
        .compose(session -> sessions.agendaItems(document.sessionId(), document.agendaItemIds())
            .compose(items -> documents.family(document.symbol().base().text(),
                    DocumentRules.readableDistributions(reader))
                .map(family -> new DocumentPage(document, session, items, family))));
  }
}
