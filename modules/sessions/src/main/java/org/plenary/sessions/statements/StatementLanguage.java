package org.plenary.sessions.statements;

import org.plenary.platform.wire.WireEnum;

/** The six official languages of the United Nations, in which statements are delivered. */
public enum StatementLanguage implements WireEnum {
  AR, ZH, EN, FR, RU, ES
}
