package org.plenary.forum.api;

import org.plenary.platform.events.EventFamily;
import org.plenary.platform.events.EventType;

/**
 * The events the forum publishes, on the thread's stream ({@code thread:<id>}) unless said otherwise; their
 * payloads are in docs/EVENTS.md. Followers re-render a whole thread or post from the forum through
 * {@link ForumAccess}, as each reader may see it, so they follow the families rather than each type.
 */
public final class ForumEvents {

  /** On the topic's stream ({@code topic:<id>}). */
  public static final EventType TOPIC_CREATED = new EventType("topic.created");

  /** Every change to a thread: its page is rendered again. */
  public static final EventFamily THREADS = new EventFamily("thread.");
  public static final EventType THREAD_CREATED = THREADS.type("created");
  public static final EventType THREAD_UPDATED = THREADS.type("updated");

  /** Every change to a post: it is rendered again. */
  public static final EventFamily POSTS = new EventFamily("post.");
  public static final EventType POST_CREATED = POSTS.type("created");
  public static final EventType POST_EDITED = POSTS.type("edited");
  public static final EventType POST_WITHDRAWN = POSTS.type("withdrawn");
  public static final EventType POST_HIDDEN = POSTS.type("hidden");
  public static final EventType POST_RESTORED = POSTS.type("restored");
  /** On the moderators' stream ({@code moderation:flags}). */
  public static final EventType POST_FLAGGED = POSTS.type("flagged");
  /** The States a joint statement names are asked to confirm it (again, when its words changed). */
  public static final EventType JOINT_STATEMENT_REQUESTED = POSTS.type("joint-statement-requested");
  public static final EventType JOINT_STATEMENT_CONFIRMED = POSTS.type("joint-statement-confirmed");
  public static final EventType JOINT_STATEMENT_DECLINED = POSTS.type("joint-statement-declined");
  public static final EventType JOINT_STATEMENT_LEFT = POSTS.type("joint-statement-left");

  private ForumEvents() {
  }

  /** A named State's answer to a joint statement. */
  public static boolean isJointStatementDecision(String type) {
    return JOINT_STATEMENT_CONFIRMED.is(type) || JOINT_STATEMENT_DECLINED.is(type) || JOINT_STATEMENT_LEFT.is(type);
  }
}
