package org.plenary.platform.search;

import java.util.Optional;
import java.util.Set;
import org.plenary.platform.identity.Participant;

/**
 * The audiences of the index ({@link SearchDocument#audience()}) a reader may find, as decided by the context that
 * writes documents for them: the forum decides its threads' audiences, national implementation who reads the reports
 * published for States and the Secretariat. The search finds what any of them lets the reader find.
 */
@FunctionalInterface
public interface SearchAudiences {

  Set<String> of(Optional<Participant> reader);
}
