package org.plenary.notifications;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.plenary.forum.api.PostAsSeen;
import org.plenary.notifications.api.ShownNotification;
import org.plenary.platform.identity.Participant;

/** A digest as an e-mail: a plain-text body and an HTML body saying the same, grouped by thread. */
final class DigestRenderer {

  record Email(String subject, String text, String html) {
  }

  private static final Map<String, String> REASONS = Map.ofEntries(
      Map.entry("reply", "replied to your post"), Map.entry("mention", "mentioned your organization"),
      Map.entry("watched-thread", "posted in a thread you follow"),
      Map.entry("watched-topic", "opened a thread in a topic you follow"),
      Map.entry("stance", "recorded a stance on a draft you follow"),
      Map.entry("summary", "published a summary of a thread you follow"),
      Map.entry("accreditation", "changed your organization's accreditation"),
      Map.entry("matching", "moved a capacity-building match"),
      Map.entry("joint-statement-requested", "named your State in a joint statement: confirm or decline it"),
      Map.entry("joint-statement-confirmed", "confirmed the joint statement you delivered on its behalf"),
      Map.entry("joint-statement-declined", "declined the joint statement you delivered: it is no longer listed"),
      Map.entry("joint-statement-left", "took its name off the joint statement you delivered"),
      Map.entry("dissociation-ended", "revised a paragraph: your State's dissociation from the earlier text ended"),
      Map.entry("amendment-incorporated", "incorporated your amendment in a new version of the draft"),
      Map.entry("amendment-not-retained", "did not retain your amendment"));

  private final String publicUrl;

  DigestRenderer(String publicUrl) {
    this.publicUrl = publicUrl;
  }

  /** {@code more}: the day had more notifications than a digest lists; the e-mail says so. */
  Email render(Participant participant, LocalDate day, List<ShownNotification> notifications, boolean more) {
    Map<String, List<ShownNotification>> byHeading = new LinkedHashMap<>();
    notifications.forEach(n -> byHeading.computeIfAbsent(heading(n), k -> new java.util.ArrayList<>()).add(n));
    String subject = "Plenary: " + (more ? "more than " : "") + notifications.size()
        + (notifications.size() == 1 && !more ? " update" : " updates") + " on " + day;
    StringBuilder text = new StringBuilder("Dear " + participant.displayName() + ",\n\nWhat happened on " + day
        + " in the dialogue you follow:\n");
    StringBuilder html = new StringBuilder("<!doctype html><html><body><p>Dear " + escape(participant.displayName())
        + ",</p><p>What happened on " + day + " in the dialogue you follow:</p>");
    byHeading.forEach((heading, items) -> {
      text.append("\n").append(heading).append("\n");
      html.append("<h2>").append(escape(heading)).append("</h2><ul>");
      for (ShownNotification n : items) {
        String line = who(n) + " " + REASONS.getOrDefault(n.reason(), n.type());
        String link = link(n);
        text.append("  - ").append(line).append(link == null ? "" : " " + link).append("\n");
        html.append("<li>").append(escape(line));
        if (link != null) {
          html.append(" — <a href=\"").append(escape(link)).append("\">read</a>");
        }
        html.append("</li>");
      }
      html.append("</ul>");
    });
    if (more) {
      String rest = "There were more updates that day than a digest lists: read them all on Plenary.";
      text.append("\n").append(rest).append(" ").append(publicUrl).append("\n");
      html.append("<p>").append(escape(rest)).append(" <a href=\"").append(escape(publicUrl)).append("\">Plenary</a></p>");
    }
    String footer = "You receive this digest because it is on in your preferences; turn it off there.";
    text.append("\n").append(footer).append("\n");
    html.append("<p><small>").append(footer).append("</small></p></body></html>");
    return new Email(subject, text.toString(), html.toString());
  }

  /** Who did it: the State that decided on a joint statement, else the post's author where the reader may know. */
  private static String who(ShownNotification notification) {
    String stateName = notification.details().text("stateName");
    if (notification.reason().startsWith("joint-statement-") && stateName != null
        && !"joint-statement-requested".equals(notification.reason())) {
      return stateName;
    }
    return notification.post().flatMap(PostAsSeen::speaker).map(speaker -> speaker.author().name()).orElse("Someone");
  }

  private static String heading(ShownNotification notification) {
    return notification.thread().isPresent() ? notification.thread().get().title() : "Your organization";
  }

  private String link(ShownNotification notification) {
    return notification.thread().map(thread -> publicUrl + "/threads/" + thread.id()).orElse(null);
  }

  private static String escape(String text) {
    return text == null ? "" : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
