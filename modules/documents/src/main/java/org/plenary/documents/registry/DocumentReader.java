package org.plenary.documents.registry;

import io.vertx.core.Future;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.plenary.platform.failure.Failure;
import org.plenary.platform.files.FileStore;
import org.plenary.platform.files.StoredFile;
import org.plenary.platform.identity.Participant;

/** A document as its reader may see it, with what its page shows around it. */
public final class DocumentReader {

  private final DocumentStore documents;
  private final SessionLinks sessions;
  private final FileStore files;

  public DocumentReader(DocumentStore documents, SessionLinks sessions, FileStore files) {
    this.documents = documents;
    this.sessions = sessions;
    this.files = files;
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
                .compose(family -> files(document).map(byLanguage -> new DocumentPage(document, session, items,
                    family, byLanguage)))));
  }

  /** The file of each language version, read together. */
  private Future<Map<String, StoredFile>> files(Document document) {
    List<Future<Optional<StoredFile>>> reads = document.languages().stream()
        .map(version -> files.find(version.fileId())).toList();
    return Future.all(reads).map(done -> {
      Map<String, StoredFile> byLanguage = new HashMap<>();
      for (int i = 0; i < reads.size(); i++) {
        String language = document.languages().get(i).language();
        reads.get(i).result().ifPresent(file -> byLanguage.put(language, file));
      }
      return byLanguage;
    });
  }

  /** The file of the document's version in {@code language}, if the reader may read the document and it has one. */
  public Future<UUID> fileOf(UUID id, String language, Optional<Participant> reader) {
    return readable(id, reader).map(document -> document.language(language).map(LanguageVersion::fileId)
        .orElseThrow(() -> Failure.notFound("no-language-version", "No version in this language",
            "The registry has no version of " + document.symbol().text() + " in " + language + ".")));
  }
}
