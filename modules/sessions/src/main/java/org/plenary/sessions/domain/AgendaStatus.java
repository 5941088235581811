package org.plenary.sessions.domain;

import org.plenary.platform.wire.WireEnum;

/** An agenda is provisional until the session adopts it at its opening. */
public enum AgendaStatus implements WireEnum {
  PROVISIONAL, ADOPTED
}
