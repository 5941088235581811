package org.plenary.radar.domain;

import org.plenary.platform.wire.WireEnum;

/** What a signal is about: the threats and trends the dialogue watches, and the rest. */
public enum SignalCategory implements WireEnum {
  RANSOMWARE_CRITICAL_INFRASTRUCTURE, AI_ENABLED_OPERATIONS, QUANTUM, SUPPLY_CHAIN, COMMERCIAL_INTRUSION_TOOLS, OTHER
}
