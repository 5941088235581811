package org.plenary.forum.threads;

import java.util.Set;

/**
 * The rights a page of posts is rendered for, apart from what is the reader's own (their posts' Markdown, their
 * name or their State's under the Chatham House Rule): two readers of one class see the same page of a thread
 * unless one of them wrote on it or is named on it. Derived from the same rules as {@link Reader}, never stored.
 */
public enum ReaderClass {
  /** Anonymous readers, and participants of organizations that take no part (not accredited). */
  PUBLIC,
  /** Participants of organizations that take part, accredited stakeholders among them. */
  PARTICIPANT,
  /** States, intergovernmental organizations and those who run the dialogue but do not moderate (the Chair). */
  STATE,
  /** Moderators and the Secretariat: every author, even under the Chatham House Rule, and hidden posts' text. */
  MODERATOR;

  public static ReaderClass of(Reader reader) {
    if (reader.seesBehindChathamHouse()) {
      return MODERATOR;
    }
    Set<Audience> audiences = reader.visibleAudiences();
    if (audiences.contains(Audience.STATES)) {
      return STATE;
    }
    return audiences.contains(Audience.PARTICIPANTS) ? PARTICIPANT : PUBLIC;
  }
}
