package org.plenary.forum.api;

import io.vertx.core.Future;
import java.util.Map;
import java.util.Set;

/**
 * The documents a registry holds, as the forum links them: a symbol in a post links to the registry's page of the
 * document when the registry holds it, to the United Nations documents system otherwise. The forum declares it
 * and knows no registry; the document registry implements it and the server wires the two.
 */
public interface KnownDocuments {

  /** No registry: every symbol links to the United Nations documents system. */
  KnownDocuments NONE = symbols -> Future.succeededFuture(Map.of());

  /**
   * Of {@code symbols} (each written canonically, as {@code platform.text.DocumentSymbol#text()} writes it), those
   * the registry holds, each with the address of its page (a path of this site, such as {@code /documents/<id>}).
   */
  Future<Map<String, String>> pages(Set<String> symbols);
}
