package org.plenary.forum.topics;

/**
 * A topic, with the number of its threads the reader it was read for may see, and of those open to every
 * accredited participant.
 */
public record Topic(String id, String title, String description, long threadCount, long participantThreadCount) {
}
