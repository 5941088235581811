package org.plenary.profiles;

import org.plenary.capacity.api.CapacityRecord;
import org.plenary.drafts.api.StateStances;
import org.plenary.forum.api.ForumAccess;
import org.plenary.implementation.api.NationalRecord;
import org.plenary.platform.organizations.Organizations;

/** What a profile reads, each through the port of the context that holds it and decides who may see it. */
public record Ports(Organizations organizations, ForumAccess forum, StateStances stances, NationalRecord national,
                    CapacityRecord capacity) {
}
