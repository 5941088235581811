package org.plenary.drafts.api;

import io.vertx.core.Future;
import java.util.List;
import java.util.UUID;

/** The published versions of a draft, as other bounded contexts (the document registry, issuing one) may know them. */
public interface DraftVersions {

  /** The numbers of the draft's published versions in order (0 the zero draft, 1 Rev.1, ...); empty for none. */
  Future<List<Integer>> published(UUID threadId);
}
