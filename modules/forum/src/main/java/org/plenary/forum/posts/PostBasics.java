package org.plenary.forum.posts;

import java.util.UUID;

/** What a post referred to by another (answered, aligned with) must be checked for. */
record PostBasics(long id, UUID threadId, PostKind kind, String organizationId, String status) {
}
