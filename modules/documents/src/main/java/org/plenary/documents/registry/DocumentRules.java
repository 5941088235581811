package org.plenary.documents.registry;

import java.util.Optional;
import java.util.Set;
import org.plenary.platform.failure.Failure;
import org.plenary.platform.identity.Participant;
import org.plenary.platform.identity.Role;
import org.plenary.platform.organizations.OrganizationKind;

/** Who issues documents and who reads them (see {@link Distribution}); each refusal names its rule. */
public final class DocumentRules {

  /** The six official languages of the United Nations, the languages a document is issued in. */
  public static final Set<String> LANGUAGES = Set.of("ar", "zh", "en", "fr", "ru", "es");

  private DocumentRules() {
  }

  /** The Secretariat issues documents and adds their language versions. */
  public static void mayIssue(Participant actor) {
    if (!actor.has(Role.SECRETARIAT)) {
      throw Failure.forbidden("documents-issued-by-secretariat", "Documents are issued by the Secretariat",
          "The Secretariat issues documents under their symbols and adds their language versions.");
    }
  }

  /** Whether {@code reader} (empty: the public) may read a document of this distribution. */
  public static boolean mayRead(Distribution distribution, Optional<Participant> reader) {
    return switch (distribution) {
      case GENERAL -> true;
      case LIMITED -> reader.map(p -> p.organization().mayTakePart() || p.runsTheDialogue()).orElse(false);
      case RESTRICTED -> reader.map(DocumentRules::readsRestricted).orElse(false);
    };
  }

  /** The distributions {@code reader} may read: what lists filter on. */
  public static Set<String> readableDistributions(Optional<Participant> reader) {
    if (reader.map(DocumentRules::readsRestricted).orElse(false)) {
      return Set.of("general", "limited", "restricted");
    }
    return mayRead(Distribution.LIMITED, reader) ? Set.of("general", "limited") : Set.of("general");
  }

  /** A document the reader may not read is one it is not told of. */
  public static Document requireReadable(Document document, Optional<Participant> reader) {
    if (!mayRead(document.distribution(), reader)) {
      throw notFound(document.symbol().text());
    }
    return document;
  }

  public static Failure notFound(String what) {
    return Failure.notFound("document-not-found", "No such document", "There is no document " + what
        + " in the registry (or none you may read: limited documents are for participants, restricted ones for"
        + " States and the Secretariat).");
  }

  private static boolean readsRestricted(Participant reader) {
    return reader.organization().kind() == OrganizationKind.STATE || reader.has(Role.SECRETARIAT)
        || reader.has(Role.CHAIR);
  }
}
