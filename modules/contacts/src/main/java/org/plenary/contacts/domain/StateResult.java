package org.plenary.contacts.domain;

import java.util.Optional;

/** How one State's points of contact answered one exercise: its best ping's status, and its pings counted. */
public record StateResult(String stateId, String stateName, Optional<String> regionalGroup, PingStatus status,
                          int pings, int acknowledged, int late, int bounced) {
}
