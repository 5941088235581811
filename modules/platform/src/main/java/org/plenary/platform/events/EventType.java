package org.plenary.platform.events;

/**
 * The type of an event a bounded context publishes ({@code post.created}), declared once, in that context's
 * {@code api} package ({@code ForumEvents}), and used by producers and consumers alike. It is an object, not a
 * compile-time constant, on purpose: the compiler would copy a constant string into each consumer, and the
 * architecture test would no longer see which contract the consumer depends on.
 */
public record EventType(String name) {

  public EventType {
    if (!name.matches("[a-z]+(\\.[a-z-]+)+")) {
      throw new IllegalArgumentException("An event type is family.name in lower case: " + name);
    }
  }

  public boolean is(String type) {
    return name.equals(type);
  }

  @Override
  public String toString() {
    return name;
  }
}
