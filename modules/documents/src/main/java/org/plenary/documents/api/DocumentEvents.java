package org.plenary.documents.api;

import org.plenary.platform.events.EventType;

/**
 * The events of the document registry and of stakeholders' written inputs. A document's events go on the stream
 * {@code document:<id>} and, when it belongs to a session, {@code session:<id>}; a written input's on
 * {@code session:<id>} once published, and on {@code organization:<id>} of its submitter.
 */
public final class DocumentEvents {

  /** Payload: documentId, symbol, sessionId (or absent), distribution. */
  public static final EventType DOCUMENT_ISSUED = new EventType("document.issued");
  /** Payload: documentId, symbol, language, replaced (whether a version in that language was there before). */
  public static final EventType LANGUAGE_VERSION_ADDED = new EventType("document.language-version.added");

  /** Payload of the three: inputId, sessionId, organizationId. */
  public static final EventType INPUT_SUBMITTED = new EventType("input.submitted");
  public static final EventType INPUT_PUBLISHED = new EventType("input.published");
  /** Payload also has the reason. */
  public static final EventType INPUT_RETURNED = new EventType("input.returned");

  private DocumentEvents() {
  }
}
