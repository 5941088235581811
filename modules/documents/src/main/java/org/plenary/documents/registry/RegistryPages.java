package org.plenary.documents.registry;

import io.vertx.core.Future;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.plenary.forum.api.KnownDocuments;

/** The forum's port to the registry: the page of each symbol the registry holds, restricted documents aside. */
public final class RegistryPages implements KnownDocuments {

  private final DocumentStore documents;

  public RegistryPages(DocumentStore documents) {
    this.documents = documents;
  }

  /** The address of a document's page in the web application. */
  public static String page(java.util.UUID documentId) {
    return "/documents/" + documentId;
  }

  @Override
  public Future<Map<String, String>> pages(Set<String> symbols) {
    if (symbols.isEmpty()) {
      return Future.succeededFuture(Map.of());
    }
    return documents.known(symbols).map(known -> known.entrySet().stream()
        .collect(Collectors.toMap(Map.Entry::getKey, entry -> page(entry.getValue()))));
  }
}
