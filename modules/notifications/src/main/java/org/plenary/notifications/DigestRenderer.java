package org.plenary.notifications;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.plenary.forum.api.PostAsSeen;
import org.plenary.notifications.api.ShownNotification;
import org.plenary.platform.i18n.Language;
import org.plenary.platform.i18n.Messages;
import org.plenary.platform.identity.Participant;

/**
 * A digest as an e-mail: a plain-text body and an HTML body saying the same, grouped by thread, in the words of the
 * {@code i18n/digest_<code>.properties} catalogue of the recipient's language.
 */
final class DigestRenderer {

  record Email(String subject, String text, String html) {
  }

  private static final Messages MESSAGES = Messages.of("digest");

  private final String publicUrl;

  DigestRenderer(String publicUrl) {
    this.publicUrl = publicUrl;
  }

  /**
   * {@code more}: the day had more notifications than a digest lists; the e-mail says so. {@code language}: the
   * recipient's account language (English when they chose none); thread titles and names stay as written.
   */
  Email render(Participant participant, Language language, LocalDate day, List<ShownNotification> notifications,
               boolean more) {
    Map<String, List<ShownNotification>> byHeading = new LinkedHashMap<>();
    notifications.forEach(n -> byHeading.computeIfAbsent(heading(n, language), k -> new ArrayList<>()).add(n));
    Map<String, Object> counted = Map.of("count", notifications.size(), "day", day.toString());
    String subject = MESSAGES.text(language, more ? "subject.more" : "subject", counted);
    String greeting = MESSAGES.text(language, "greeting", Map.of("name", participant.displayName()));
    String intro = MESSAGES.text(language, "intro", Map.of("day", day.toString()));
    StringBuilder text = new StringBuilder(greeting + "\n\n" + intro + "\n");
    StringBuilder html = new StringBuilder("<!doctype html><html lang=\"" + language.code() + "\" dir=\""
        + (language.isRightToLeft() ? "rtl" : "ltr") + "\"><body><p>" + escape(greeting) + "</p><p>" + escape(intro)
        + "</p>");
    String read = MESSAGES.text(language, "read");
    byHeading.forEach((heading, items) -> {
      text.append("\n").append(heading).append("\n");
      html.append("<h2>").append(escape(heading)).append("</h2><ul>");
      for (ShownNotification n : items) {
        String line = line(n, language);
        String link = link(n);
        text.append("  - ").append(line).append(link == null ? "" : " " + link).append("\n");
        html.append("<li>").append(escape(line));
        if (link != null) {
          html.append(" — <a href=\"").append(escape(link)).append("\">").append(escape(read)).append("</a>");
        }
        html.append("</li>");
      }
      html.append("</ul>");
    });
    if (more) {
      String rest = MESSAGES.text(language, "more");
      text.append("\n").append(rest).append(" ").append(publicUrl).append("\n");
      html.append("<p>").append(escape(rest)).append(" <a href=\"").append(escape(publicUrl)).append("\">Plenary</a></p>");
    }
    String footer = MESSAGES.text(language, "footer");
    text.append("\n").append(footer).append("\n");
    html.append("<p><small>").append(escape(footer)).append("</small></p></body></html>");
    return new Email(subject, text.toString(), html.toString());
  }

  /** "Ana Silva replied to your post", in the recipient's language; a reason not in the catalogue names its event. */
  private static String line(ShownNotification n, Language language) {
    String who = who(n, language);
    String key = "reason." + n.reason();
    return MESSAGES.has(key) ? MESSAGES.text(language, key, Map.of("who", who))
        : MESSAGES.text(language, "reason.other", Map.of("who", who, "type", n.type()));
  }

  /** Who did it: the State that decided on a joint statement, else the post's author where the reader may know. */
  private static String who(ShownNotification notification, Language language) {
    String stateName = notification.details().text("stateName");
    if (notification.reason().startsWith("joint-statement-") && stateName != null
        && !"joint-statement-requested".equals(notification.reason())) {
      return stateName;
    }
    return notification.post().flatMap(PostAsSeen::speaker).map(speaker -> speaker.author().name())
        .orElseGet(() -> MESSAGES.text(language, "someone"));
  }

  private static String heading(ShownNotification notification, Language language) {
    return notification.thread().isPresent() ? notification.thread().get().title()
        : MESSAGES.text(language, "heading.organization");
  }

  /** A thread's page, or a ping's one-time acknowledgement link. */
  private String link(ShownNotification notification) {
    if ("ping".equals(notification.reason())) {
      return notification.details().text("acknowledgeUrl");
    }
    return notification.thread().map(thread -> publicUrl + "/threads/" + thread.id()).orElse(null);
  }

  private static String escape(String text) {
    return text == null ? "" : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
