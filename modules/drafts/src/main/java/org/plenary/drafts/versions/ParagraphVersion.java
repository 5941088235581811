package org.plenary.drafts.versions;

/** A paragraph as it stood in version {@code versionNumber}: its number there, text and revision; heading may be null. */
public record ParagraphVersion(int versionNumber, int number, String heading, String text, int revision, String change) {
}
