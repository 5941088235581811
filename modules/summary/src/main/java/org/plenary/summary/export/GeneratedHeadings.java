package org.plenary.summary.export;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.plenary.platform.i18n.Language;
import org.plenary.platform.i18n.Messages;

/**
 * The headings {@code SummaryMarkdown} writes, in an export's language. A summary's text is the moderators' (stored,
 * edited, versioned) and stays as written; only a heading line still exactly as the generator wrote it is the
 * server's own words and is given in the reader's language. A heading a moderator rewrote is theirs and kept.
 */
final class GeneratedHeadings {

  private static final Messages MESSAGES = Messages.of("summary");

  private static final Map<String, String> FIXED = Map.ofEntries(
      Map.entry("## Participation", "heading.participation"),
      Map.entry("## Paragraphs of the draft", "heading.paragraphs"), Map.entry("## Positions", "heading.positions"),
      Map.entry("### General statements", "heading.general"),
      Map.entry("### Positions that no longer stand", "heading.changes"), Map.entry("## Key points", "heading.keyPoints"),
      Map.entry("## Convergence", "heading.convergence"), Map.entry("## Divergence", "heading.divergence"),
      // Key points grouped by constituency (KeyPointsSection, Identities' labels).
      Map.entry("### State contributions", "heading.contributions.state"),
      Map.entry("### Intergovernmental organization contributions", "heading.contributions.intergovernmental"),
      Map.entry("### Private sector participant contributions", "heading.contributions.private-sector"),
      Map.entry("### Academic participant contributions", "heading.contributions.academia"),
      Map.entry("### Civil society participant contributions", "heading.contributions.civil-society"),
      Map.entry("### United Nations participant contributions", "heading.contributions.un-body"),
      Map.entry("### Participant contributions", "heading.contributions.other"));

  private static final Pattern TITLE = Pattern.compile("^# Summary: (.*)$");
  private static final Pattern QUESTION = Pattern.compile("^### Question (\\d{1,3}): (.*)$");

  private GeneratedHeadings() {
  }

  static String in(Language language, String markdown) {
    if (language == Language.EN) {
      return markdown;
    }
    List<String> lines = markdown.lines().map(line -> heading(language, line)).toList();
    return lines.stream().collect(Collectors.joining("\n")) + (markdown.endsWith("\n") ? "\n" : "");
  }

  private static String heading(Language language, String line) {
    if (!line.startsWith("#")) {
      return line;
    }
    String key = FIXED.get(line.strip());
    if (key != null) {
      return line.substring(0, line.indexOf(' ') + 1) + MESSAGES.text(language, key);
    }
    Matcher title = TITLE.matcher(line);
    if (title.matches()) {
      return "# " + MESSAGES.text(language, "heading.summary", Map.of("title", title.group(1)));
    }
    Matcher question = QUESTION.matcher(line);
    if (question.matches()) {
      return "### " + MESSAGES.text(language, "heading.question",
          Map.of("number", question.group(1), "question", question.group(2)));
    }
    return line;
  }
}
