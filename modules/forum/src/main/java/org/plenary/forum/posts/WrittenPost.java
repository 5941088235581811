package org.plenary.forum.posts;

import org.plenary.forum.threads.ForumThread;

/**
 * A new post's id and its thread as the post's transaction read it, under the thread's turn lock, so as it stood at
 * the commit: the answer to the author needs no second read of the thread.
 */
public record WrittenPost(long id, ForumThread thread) {
}
