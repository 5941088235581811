package org.plenary.documents.registry;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.plenary.platform.files.StoredFile;
import org.plenary.sessions.api.AgendaItemRef;
import org.plenary.sessions.api.SessionRef;

/**
 * A document as its page shows it: its session and agenda items as the sessions context names them, and its
 * family (every document of its base symbol the reader may read, oldest first) for the revision chain both ways,
 * and the file of each language version by language.
 */
public record DocumentPage(Document document, Optional<SessionRef> session, List<AgendaItemRef> agendaItems,
                           List<FamilyMember> family, Map<String, StoredFile> files) {

  public DocumentPage {
    agendaItems = List.copyOf(agendaItems);
    family = List.copyOf(family);
    files = Map.copyOf(files);
  }

  /** The documents that revise, correct or add to this one. */
  public List<FamilyMember> successors() {
    return family.stream().filter(member -> member.predecessorId().filter(document.id()::equals).isPresent()).toList();
  }
}
