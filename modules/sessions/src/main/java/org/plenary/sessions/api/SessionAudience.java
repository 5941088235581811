package org.plenary.sessions.api;

import org.plenary.platform.wire.WireEnum;

/** Who may attend, and so read the session's material. Wire: states, states-and-stakeholders. */
public enum SessionAudience implements WireEnum {
  /** Delegations of States (and the EU), and those who run the dialogue. */
  STATES,
  /** Also accredited stakeholders, for a stakeholder segment. */
  STATES_AND_STAKEHOLDERS
}
