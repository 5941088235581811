package org.plenary.implementation.domain;

import org.plenary.platform.wire.WireEnum;

/** Where the latest version of a report stands; a published report being revised is a draft again. */
public enum ReportStatus implements WireEnum {
  NOT_STARTED, DRAFT, SUBMITTED, PUBLISHED
}
