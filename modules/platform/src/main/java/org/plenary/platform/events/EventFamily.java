package org.plenary.platform.events;


/**
 * The events of one kind of thing, sharing a prefix ({@code post.}): a consumer that follows all of them
 * (every change to a post re-renders it) names the family instead of each type. Declared in the {@code api}
 * package beside the types it groups.
 */
public record EventFamily(String prefix) {

  public EventFamily {
    if (!prefix.matches("[a-z]+\\.")) {
      throw new IllegalArgumentException("An event family is a lower-case word and a dot: " + prefix);
    }
  }

  public boolean includes(String type) {
    return type.startsWith(prefix);
  }

  @Override
  public String toString() {
    return prefix;
  }

  /** The member of this family called {@code name} ({@code post.} and {@code created}: {@code post.created}). */
  public EventType type(String name) {
    return new EventType(prefix + name);
  }
}
