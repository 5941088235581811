package org.plenary.drafts.stances;

/** How many paragraphs of the latest version are agreed, contested and open. */
public record ConsensusSummary(int paragraphs, long agreed, long contested, long open, int requiredGroups) {
}
