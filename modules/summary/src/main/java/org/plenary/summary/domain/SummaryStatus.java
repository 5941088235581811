package org.plenary.summary.domain;

import org.plenary.platform.wire.WireEnum;

/** Where a summary is in its life: edited by those who run the dialogue, with the Chair, or published. */
public enum SummaryStatus implements WireEnum {
  DRAFT,
  SUBMITTED,
  PUBLISHED
}
