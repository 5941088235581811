package org.plenary.implementation.domain;

import org.plenary.platform.wire.WireEnum;

/** The six official languages of the United Nations, in which a State writes its report. */
public enum ReportLanguage implements WireEnum {
  AR, ZH, EN, FR, RU, ES
}
