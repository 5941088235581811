package org.plenary.notifications;

import io.vertx.core.json.JsonObject;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.plenary.platform.identity.Participant;

/** A digest as an e-mail: a plain-text body and an HTML body saying the same, grouped by thread. */
final class DigestRenderer {

  record Email(String subject, String text, String html) {
  }

  private static final Map<String, String> REASONS = Map.of(
      "reply", "replied to your post", "mention", "mentioned your organization",
      "watched-thread", "posted in a thread you follow", "watched-topic", "opened a thread in a topic you follow",
      "stance", "recorded a stance on a draft you follow", "summary", "published a summary of a thread you follow",
      "accreditation", "changed your organization's accreditation", "matching", "moved a capacity-building match");

  private final String publicUrl;

  DigestRenderer(String publicUrl) {
    this.publicUrl = publicUrl;
  }

  /** {@code more}: the day had more notifications than a digest lists; the e-mail says so. */
  Email render(Participant participant, LocalDate day, List<JsonObject> notifications, boolean more) {
    Map<String, List<JsonObject>> byHeading = new LinkedHashMap<>();
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
      for (JsonObject n : items) {
        String line = "Someone " + REASONS.getOrDefault(n.getString("reason"), n.getString("type"));
        JsonObject post = n.getJsonObject("post");
        if (post != null && post.containsKey("author")) {
          line = post.getJsonObject("author").getString("name") + line.substring("Someone".length());
        }
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

  private static String heading(JsonObject notification) {
    JsonObject thread = notification.getJsonObject("thread");
    return thread != null ? thread.getString("title") : "Your organization";
  }

  private String link(JsonObject notification) {
    JsonObject thread = notification.getJsonObject("thread");
    return thread == null ? null : publicUrl + "/threads/" + thread.getString("id");
  }

  private static String escape(String text) {
    return text == null ? "" : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
