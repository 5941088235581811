package org.plenary.forum.topics;

/** A topic, with the number of its threads the reader it was read for may see. */
public record Topic(String id, String title, String description, long threadCount) {
}
