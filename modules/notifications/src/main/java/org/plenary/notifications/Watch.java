package org.plenary.notifications;

import java.time.Instant;

/** A thread or topic a participant follows ({@code type} "thread" or "topic"), since when. */
record Watch(String type, String id, Instant since) {
}
