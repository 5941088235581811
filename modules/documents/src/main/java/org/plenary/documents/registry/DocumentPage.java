package org.plenary.documents.registry;

import java.util.List;
import java.util.Optional;
import org.plenary.sessions.api.AgendaItemRef;
import org.plenary.sessions.api.SessionRef;

/**
 * A document as its page shows it: its session and agenda items as the sessions context names them, and its
 * family (every document of its base symbol the reader may read, oldest first) for the revision chain both ways.
 */
public record DocumentPage(Document document, Optional<SessionRef> session, List<AgendaItemRef> agendaItems,
                           List<FamilyMember> family) {

  public DocumentPage {
    agendaItems = List.copyOf(agendaItems);
    family = List.copyOf(family);
  }

  /** The documents that revise, correct or add to this one. */
  public List<FamilyMember> successors() {
    return family.stream().filter(member -> member.predecessorId().filter(document.id()::equals).isPresent()).toList();
  }
}
