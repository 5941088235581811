package org.plenary.drafts.api;

import org.plenary.platform.events.EventFamily;
import org.plenary.platform.events.EventType;

/** The events the drafts context publishes; their streams and payloads are described in docs/EVENTS.md. */
public final class DraftEvents {

  public static final EventType VERSION_PUBLISHED = new EventType("draft.version-published");
  public static final EventType STANCE_RECORDED = new EventType("draft.stance-recorded");
  public static final EventType DISSOCIATION_RECORDED = new EventType("draft.dissociation-recorded");
  /** On the State's organization stream: its dissociation ended because the paragraph was revised. */
  public static final EventType DISSOCIATION_ENDED = new EventType("draft.dissociation-ended");
  public static final EventType COMMENT_ADDED = new EventType("draft.comment-added");
  public static final EventType AMENDMENT_PROPOSED = new EventType("draft.amendment-proposed");
  public static final EventType AMENDMENT_WITHDRAWN = new EventType("draft.amendment-withdrawn");
  public static final EventType AMENDMENT_INCORPORATED = new EventType("draft.amendment-incorporated");
  public static final EventType AMENDMENT_NOT_RETAINED = new EventType("draft.amendment-not-retained");
  /** On the author's participant stream: its amendment was incorporated or not retained. */
  public static final EventType AMENDMENT_DECIDED = new EventType("draft.amendment-decided");

  /** Proposals of States (tabled, circulated, sponsored, withdrawn). */
  public static final EventFamily PROPOSALS = new EventFamily("proposal.");
  public static final EventType PROPOSAL_TABLED = PROPOSALS.type("tabled");
  public static final EventType PROPOSAL_CIRCULATED = PROPOSALS.type("circulated");
  public static final EventType PROPOSAL_SPONSOR_JOINED = PROPOSALS.type("sponsor-joined");
  public static final EventType PROPOSAL_SPONSOR_LEFT = PROPOSALS.type("sponsor-left");
  public static final EventType PROPOSAL_WITHDRAWN = PROPOSALS.type("withdrawn");

  private DraftEvents() {
  }
}
