package org.plenary.forum.threads;

import java.util.UUID;

/**
 * What a page of a thread's posts depends on besides the posts: who may read the thread, whether the Chatham
 * House Rule applies, how many posts it has (for the {@code next} link), and {@code position}, the position of
 * the last event on the thread's stream. Every write that changes what a page of the thread shows (a post
 * written, edited, withdrawn, hidden or restored, a joint statement's States, the thread's audience or rule)
 * records an event on that stream in its own transaction, so a page read at the same position shows the same.
 */
public record ThreadHead(UUID id, Audience audience, boolean chathamHouse, int postCount, long position) {
}
